"""Errors shared by every area. Each message tells the user what to do; only the CLI and UI
turn them into text."""


class CongressQAError(Exception):
    """Base of every error the app raises on purpose."""


class UserError(CongressQAError):
    """The user asked for something that cannot be done as asked (fix the input)."""


class RuntimeFailure(CongressQAError):
    """Something failed while running (a service, a file system); retrying may help."""
