"""Web pages support: signed cookies, CSRF, staff sessions, templates, charts and page view helpers."""
