"""Assistant errors; messages say what to do."""

from __future__ import annotations

from congress_qa.errors import RuntimeFailure, UserError


class AssistantError(UserError):
    """A request the assistant cannot serve as asked."""


class EmptyQuestionError(AssistantError):
    def __init__(self) -> None:
        super().__init__("The question is empty; type a question about the documents.")


class UnknownDocumentFilterError(AssistantError):
    def __init__(self, missing: list[str]) -> None:
        super().__init__(
            f"No document with id {', '.join(missing)} in the store; "
            "`congress-qa docs` lists the ids."
        )


class LLMNotConfiguredError(AssistantError):
    def __init__(self) -> None:
        super().__init__(
            "LLM mode needs an endpoint: set OPENAI_API_KEY for OpenAI, or "
            "CONGRESS_QA_LLM__BASE_URL for an OpenAI-compatible server (vLLM, Ollama, llama.cpp)."
        )


class LLMFailure(RuntimeFailure):
    """The LLM endpoint failed after its retries; the assistant falls back to extractive."""


class LLMTimeoutError(LLMFailure):
    """The endpoint took longer than the answer's deadline or went silent mid-stream."""
