"""Answers and citations as data: built by the answerers, rendered by the CLI and UI."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Mode = Literal["extractive", "llm"]


class Message(BaseModel):
    role: Literal["user", "assistant"]
    content: str


class Citation(BaseModel):
    """One cited unit, and the sentence of it that the answer quotes."""

    doc_id: str
    para: str = Field(description="Unit id as the document numbers it, e.g. 8(g).")
    marker: str = Field(description="The marker used in the answer text, without brackets.")
    doc_title: str = ""
    symbol: str = ""
    section: str = ""
    text: str = Field(description="The unit's full text.")
    lead_in: str = ""
    quote: str = Field(default="", description="The sentence(s) of the unit the answer uses.")


class AnswerSentence(BaseModel):
    """One sentence of the answer and the markers that back it."""

    text: str = Field(description="The sentence without its markers.")
    markers: list[str] = Field(default_factory=list)
    support: float | None = Field(
        default=None,
        description="LLM answers: log-odds that the cited paragraph supports the sentence.",
    )


class RetrievedUnit(BaseModel):
    doc_id: str
    para: str
    score: float
    dense: float | None = None
    bm25: float | None = None


class Answer(BaseModel):
    question: str
    standalone_question: str = Field(
        default="", description="The question as resolved against the conversation."
    )
    answer: str = Field(description="Answer text with inline [marker] citations.")
    sentences: list[AnswerSentence] = Field(
        default_factory=list, description="The answer as data: each sentence with its markers."
    )
    refused: bool = False
    citations: list[Citation] = Field(default_factory=list)
    mode: Mode = "extractive"
    model: str = ""
    notice: str = Field(default="", description="Set when the LLM failed and extractive answered.")
    related: list[Citation] = Field(
        default_factory=list,
        description="On a refusal: the closest passage the documents hold, shown as context, "
        "never as a citation.",
    )
    support: float | None = Field(
        default=None,
        description="Extractive evidence margin: the best sentence's log-odds minus the answer "
        "threshold (below 0: refused for weak evidence).",
    )
    support_check: dict[str, int] = Field(
        default_factory=dict,
        description="LLM answers: sentences and citations checked, citations unsupported, "
        "moved to a supporting paragraph, sentences dropped (unsupported, off_question: not "
        "what was asked or citing a paragraph off the question's topic, looping: a model "
        "repeating itself); retried: the model asked again with only the paragraphs that "
        "could ground an answer, after every sentence of its first answer was dropped (the "
        "counts are then the second answer's); or llm_refused, or refused_before_llm when no "
        "retrieved paragraph could ground an answer.",
    )
    draft: str = Field(
        default="",
        description="LLM answers: the model's text as it was generated, before the support "
        "check placed or dropped its sentences (kept for audit, never shown as the answer).",
    )
    retrieved: list[RetrievedUnit] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)
