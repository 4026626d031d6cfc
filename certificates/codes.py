"""Verification codes: 90 random bits, easy to read aloud and type.

Crockford's base-32 alphabet has no I, L, O or U, so nothing looks alike; 18 symbols × 5 bits = 90 bits, grouped
in threes of six (``7KQ2MX-9RT4DA-H3VZ8P``). Typing is forgiving: case, spaces and dashes are ignored, and the
look-alikes O→0 and I/L→1 are read as the digits.
"""

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 18
GROUP = 6
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalise(typed: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one."""
    raw = re.sub(r"[\s\-]", "", (typed or "").upper()).translate(_LOOKALIKES)
    if len(raw) != LENGTH or any(char not in ALPHABET for char in raw):
        return None
    return "-".join(raw[i : i + GROUP] for i in range(0, LENGTH, GROUP))
