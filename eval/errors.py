"""Eval errors; messages say what to fix."""

from __future__ import annotations

from congress_qa.errors import UserError


class GoldFileError(UserError):
    """A gold file that cannot be read as cases."""


class ThresholdFileError(UserError):
    """A thresholds file that cannot be read."""


class LocalModelError(UserError):
    """A local model for llm-mode measurement that cannot be found, checked or served."""


class RecordedCallsError(UserError):
    """A folder of recorded LLM calls that cannot be replayed."""
