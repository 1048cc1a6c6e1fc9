"""The arithmetic captcha of the comment form: a sum with one operand missing ("73 + _ = 75").

A challenge is new random numbers each time, shown as text (the form's label reads it out), and
a signed token (itsdangerous, timestamped) that carries the question, not the answer in any
other form than the question itself. The server checks the answer against the signed question;
the token expires (`max_age`), cannot be forged (signature), and works once (its random id is
recorded as used by `keydates.store.comments.CommentStore`). The token's timestamp also gives
the time the reader took to fill the form (the minimum fill time is a spam defence).
"""

from __future__ import annotations

import secrets
import time
from dataclasses import dataclass

from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

SALT = "keydates-comment-captcha"
_RANDOM = secrets.SystemRandom()


def clock() -> float:
    """Seconds since the epoch (tests replace this to move time)."""
    return time.time()


class _Signer(TimestampSigner):
    def get_timestamp(self) -> int:
        return int(clock())


@dataclass(frozen=True, slots=True)
class Challenge:
    """One question: `left + right = total` with the operand at `missing` (0 or 1) hidden."""

    id: str
    left: int
    right: int
    missing: int
    token: str

    @property
    def total(self) -> int:
        return self.left + self.right

    @property
    def answer(self) -> int:
        return self.right if self.missing else self.left

    @property
    def question(self) -> str:
        """"73 + _ = 75" (as the seed's form shows it)."""
        a = "_" if self.missing == 0 else str(self.left)
        b = "_" if self.missing == 1 else str(self.right)
        return f"{a} + {b} = {self.total}"

    @property
    def spoken(self) -> str:
        """The question in words for the label: "What number goes in the blank: 73 plus blank
        equals 75?"."""
        a = "blank" if self.missing == 0 else str(self.left)
        b = "blank" if self.missing == 1 else str(self.right)
        return f"{a} plus {b} equals {self.total}"


@dataclass(frozen=True, slots=True)
class Checked:
    """A verified challenge: its id (to mark used), whether the answer was right, and how many
    seconds passed since the form was served."""

    id: str
    correct: bool
    age: float


class CaptchaError(Exception):
    """A token that is missing, forged, malformed or expired (the message says which)."""


class Captcha:
    """Makes and checks challenges signed with the app's secret."""

    def __init__(self, secret: str, max_age: int = 7200) -> None:
        self.max_age = max_age
        self._serializer = URLSafeTimedSerializer(secret, salt=SALT, signer=_Signer)

    def new(self) -> Challenge:
        """A fresh question: two-digit sums like the seed's, either operand missing."""
        left = _RANDOM.randint(10, 89)
        right = _RANDOM.randint(1, min(29, 99 - left))
        missing = _RANDOM.randint(0, 1)
        cid = secrets.token_hex(16)
        token = self._serializer.dumps({"i": cid, "l": left, "r": right, "m": missing})
        return Challenge(cid, left, right, missing, token)

    def check(self, token: str, answer: str) -> Checked:
        """Verify the token (raises `CaptchaError`) and compare the answer."""
        if not token:
            raise CaptchaError("the captcha is missing; reload the page")
        try:
            data, signed_at = self._serializer.loads(token, max_age=self.max_age,
                                                     return_timestamp=True)
        except SignatureExpired:
            raise CaptchaError("the captcha has expired; solve the new one") from None
        except BadSignature:
            raise CaptchaError("the captcha is not valid; solve the new one") from None
        try:
            cid, left, right, missing = (str(data["i"]), int(data["l"]), int(data["r"]),
                                         int(data["m"]))
        except (KeyError, TypeError, ValueError):
            raise CaptchaError("the captcha is not valid; solve the new one") from None
        expected = right if missing else left
        given = answer.strip()
        digits = given.lstrip("+")
        correct = digits.isascii() and digits.isdigit() and int(given) == expected
        age = clock() - signed_at.timestamp()
        return Checked(cid, correct, age)
