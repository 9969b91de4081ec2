"""congress-qa: shared settings, errors and the command line."""

from congress_qa.errors import CongressQAError, RuntimeFailure, UserError
from congress_qa.settings import Settings, get_settings

__all__ = ["CongressQAError", "RuntimeFailure", "Settings", "UserError", "get_settings"]
