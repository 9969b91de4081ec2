"""Optional LLM-judged faithfulness: does each answer say only what its cited paragraphs say?
Off by default and never needed in CI; asks the configured endpoint for a 0-1 score."""

from __future__ import annotations

import re

import openai
from langchain_core.messages import HumanMessage, SystemMessage

from congress_qa.settings import LLMSettings
from eval.runner import CaseResult

_PROMPT = (
    "You check answers against their sources. Reply with one number between 0 and 1: the "
    "share of the answer's statements that the cited paragraphs support. Nothing else."
)


def judge_faithfulness(results: dict[str, list[CaseResult]], settings: LLMSettings) -> None:
    """Adds ``faithfulness`` to the scores of every answered case (in place)."""
    from assistant.llm import chat_model

    chat = chat_model(settings)
    for rows in results.values():
        for row in rows:
            if row.output.refused or not row.output.extra.get("citations"):
                continue
            sources = "\n".join(
                f"[{c['marker']}] {c['text']}" for c in row.output.extra["citations"]
            )
            message = f"Sources:\n{sources}\n\nAnswer:\n{row.output.answer}"
            try:
                reply = chat.invoke([SystemMessage(_PROMPT), HumanMessage(message)]).content
            except openai.OpenAIError:
                continue
            if m := re.search(r"[01](?:\.\d+)?", str(reply)):
                row.scores["faithfulness"] = min(1.0, float(m.group(0)))
