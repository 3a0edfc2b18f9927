"""Turning files into knowledge (knowledge-ingest).

    trolyao ingest [PATH ...] [--reset]        # api/commands/ingest_commands.py -> ingest.runner.ingest

parsers.py     .txt .md .docx .pdf .html .csv .xlsx -> ParsedDocument (headings, paragraphs, tables; NFC)
textclean.py   markup remnants, hard line breaks of PDF text, footnotes between two halves of a sentence
metadata.py    number, issuer, date, kind, title, period; in force / replaced ("thay thế Kế hoạch số ...");
               known_documents.json fills what a text does not say (matched by content)
structure.py   heading paths: "Phụ lục I", "IV.", "3.", "6.1.", "a)", heading styles
chunking.py    passages of whole sentences (about 550 characters, never over 950), footnotes attached
tables.py      task tables (STT, Nhiệm vụ, chủ trì, phối hợp, thời gian) -> TaskRecord; others -> rows
scoretable.py  score tables flattened by PDF extraction (the DDCI appendix of 3822/KH-BQL)
assignments.py "Tổ chức thực hiện" items ("3. Sở Tài chính: ...") -> TaskRecord
report_duties.py reporting duties: what, to whom, how often, before which date
lists.py       data lists (contacts, procedures, business lines, agencies) with the legal basis and
               validity that SOURCES.md beside them states
builder.py     one file -> DocumentInfo, passage and record chunks, records
record_store.py <data_dir>/records/: by_doc/*.json, documents.json, tasks.json, reports.json,
               contacts.json, procedures.json, business_lines.json, agencies.json, table.json
runner.py      incremental ingest by content hash (file + ingest code digest + status) into KnowledgeIndex
"""
