"""Keep customer data out of the log file: phone numbers and e-mail addresses are masked in every record.

ShopLens's own log calls never pass customer data (checked by tests/test_privacy_logs.py); this filter is the
safety net for what they cannot control: an exception message from a library that quotes a cell, a query error
that repeats what the user searched for.
"""

from __future__ import annotations

import logging
import re

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w.])\+?\d(?:[\d \-]{5,16})\d(?![\w.])")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2})?")


def redact(text: str) -> str:
    """The text with e-mail addresses and phone-like digit runs (7+ digits) replaced by placeholders."""
    text = _EMAIL.sub("[e-mail]", text)
    return _PHONE.sub(_number, text)


def _number(match: re.Match[str]) -> str:
    text = match.group()
    if _DATE.fullmatch(text) or sum(ch.isdigit() for ch in text) < 7:
        return text
    return "[number]"


class RedactingFilter(logging.Filter):
    """A handler filter that masks phones and e-mails in the message, its arguments and any traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not stop logging
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install(handler: logging.Handler) -> logging.Handler:
    """Add the redacting filter to a log handler (the app's log file); returns the handler."""
    if not any(isinstance(f, RedactingFilter) for f in handler.filters):
        handler.addFilter(RedactingFilter())
    return handler
