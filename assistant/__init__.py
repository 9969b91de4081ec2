"""The assistant: hybrid retrieval and grounded answers with paragraph citations."""

from assistant.assistant import Assistant
from assistant.conversation import resolve, standalone_question
from assistant.errors import AssistantError, LLMFailure, LLMNotConfiguredError
from assistant.models import Answer, AnswerSentence, Citation, Message, Mode, RetrievedUnit
from assistant.retrieval import HybridRetriever, UnitHit, UnitRetriever

__all__ = [
    "Answer",
    "AnswerSentence",
    "Assistant",
    "AssistantError",
    "Citation",
    "HybridRetriever",
    "LLMFailure",
    "LLMNotConfiguredError",
    "Message",
    "Mode",
    "RetrievedUnit",
    "UnitHit",
    "UnitRetriever",
    "resolve",
    "standalone_question",
]
