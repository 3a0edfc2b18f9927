import time

from api.web.signing import Signer


def test_round_trip_and_tampering() -> None:
    signer = Signer("khoa", "staff")
    value = signer.sign({"u": "thue", "r": "agency"}, 60)
    payload = signer.unsign(value)
    assert payload is not None
    assert payload == {"u": "thue", "r": "agency", "exp": payload["exp"]}
    body, mac = value.split(".")
    assert signer.unsign(body + "x." + mac) is None
    other = "B" if mac[0] == "A" else "A"
    assert signer.unsign(body + "." + other + mac[1:]) is None
    assert signer.unsign("") is None and signer.unsign(None) is None and signer.unsign("a.b.c") is None


def test_purpose_and_key_separate_values() -> None:
    value = Signer("khoa", "session").sign({"sid": "abc"}, 60)
    assert Signer("khoa", "staff").unsign(value) is None
    assert Signer("khoa-khac", "session").unsign(value) is None
    assert Signer("khoa", "session").unsign(value) is not None


def test_expired_value_is_refused() -> None:
    signer = Signer("khoa", "session")
    assert signer.unsign(signer.sign({"sid": "abc"}, -1)) is None
    payload = signer.unsign(signer.sign({"sid": "abc"}, 5))
    assert payload is not None and payload["exp"] > time.time()
