"""Eval errors; messages say what to fix."""

from __future__ import annotations

from congress_qa.errors import UserError


class GoldFileError(UserError):
    """A gold file that cannot be read as cases."""


class ThresholdFileError(UserError):
    """A thresholds file that cannot be read."""
