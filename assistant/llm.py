"""The LLM answerer: any OpenAI-compatible chat endpoint through ChatOpenAI. Every citation
it writes is checked against the units it was given; when none survives, or the endpoint
fails, the extractive answer is returned with a visible notice."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import openai
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant._deadline import request_timeout, within_deadline
from assistant._text import sentences, stems
from assistant.compose import citation_for, marker_for, with_markers
from assistant.errors import LLMFailure, LLMNotConfiguredError
from assistant.extractive import REFUSAL
from assistant.models import Answer, AnswerSentence, Citation
from assistant.retrieval import UnitHit
from congress_qa.settings import LLMSettings
from ingest.models import DocumentMeta

_MARKER_RE = re.compile(r"\s*\[([^\[\]]{1,80})\]")

SYSTEM = (
    "You answer questions about United Nations documents using only the numbered paragraphs "
    "given to you. After every sentence, cite the paragraph it comes from in square brackets, "
    "exactly as it is numbered, for example [8(g)]. Never use outside knowledge and never cite "
    f"a number you were not given. If the paragraphs do not answer the question, reply exactly: "
    f"{REFUSAL}."
)
# One worked example: small models follow the format far better with it.
EXAMPLE_USER = (
    "Paragraphs:\n[12] Speakers noted that cybercrime is rising in the region.\n"
    "[14(b)] Train judges and prosecutors in handling digital evidence;\n\n"
    "Question: What was recommended about judges?"
)
EXAMPLE_ANSWER = "Judges and prosecutors should be trained in handling digital evidence [14(b)]."


def build_messages(
    question: str, hits: Sequence[UnitHit], markers: dict[str, UnitHit]
) -> list[BaseMessage]:
    lines = []
    for marker, hit in markers.items():
        lead = f" (introduced by: {hit.lead_in.splitlines()[-1]})" if hit.lead_in else ""
        lines.append(f"[{marker}]{lead} {hit.text}")
    return [
        SystemMessage(SYSTEM),
        HumanMessage(EXAMPLE_USER),
        AIMessage(EXAMPLE_ANSWER),
        HumanMessage("Paragraphs:\n" + "\n".join(lines) + f"\n\nQuestion: {question}"),
    ]


def _best_sentence(unit_text: str, claim: str) -> str:
    wanted = set(stems(claim))
    options = sentences(unit_text) or [unit_text]
    return max(options, key=lambda s: len(wanted & set(stems(s))))


def validate(
    text: str, markers: dict[str, UnitHit], metas: dict[str, DocumentMeta]
) -> tuple[list[AnswerSentence], list[Citation], int]:
    """Drops citations of ids that were not retrieved. Returns the answer's sentences with
    their surviving markers, the citations, and how many markers were dropped."""
    cited: dict[str, list[str]] = {}
    dropped = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal dropped
        good = []
        for raw in re.split(r"\s*[,;]\s*", match.group(1)):
            marker = raw.strip().strip("¶").strip()
            if marker in markers:
                good.append(marker)
                cited.setdefault(marker, [])
            else:
                dropped += 1
        return " " + " ".join(f"[{m}]" for m in good) if good else ""

    cleaned = _MARKER_RE.sub(keep, text).strip()
    parts: list[AnswerSentence] = []
    for sentence in sentences(cleaned):
        found = [m for m in re.findall(r"\[([^\[\]]+)\]", sentence) if m in cited]
        bare = re.sub(r"\s*\[[^\[\]]+\]", "", sentence).strip()
        parts.append(AnswerSentence(text=bare, markers=found))
        for marker in found:
            cited[marker].append(_best_sentence(markers[marker].text, bare))
    citations = [
        citation_for(markers[m], m, metas, " … ".join(dict.fromkeys(q)))
        for m, q in cited.items()
        if q
    ]
    return parts, citations, dropped


class LLMAnswerer:
    def __init__(self, settings: LLMSettings) -> None:
        from langchain_openai import ChatOpenAI

        key = settings.api_key
        if key is None and not settings.base_url:
            raise LLMNotConfiguredError()
        self.settings = settings
        self.chat = ChatOpenAI(
            model=settings.model,
            base_url=settings.base_url,
            # Local servers (llama.cpp, Ollama, vLLM) take any key.
            api_key=key.get_secret_value() if key else "not-needed",
            temperature=settings.temperature,
            timeout=request_timeout(settings),
            max_retries=settings.max_retries,
            max_tokens=settings.max_tokens,
        )

    def stream(
        self,
        base: Answer,
        hits: Sequence[UnitHit],
        metas: dict[str, DocumentMeta],
        fallback: Answer,
    ) -> Iterator[str | Answer]:
        several = len({h.doc_id for h in hits}) > 1
        markers = {marker_for(h, metas, several): h for h in hits}
        messages = build_messages(base.standalone_question or base.question, hits, markers)
        parts: list[str] = []
        try:
            for chunk in within_deadline(self.chat.stream(messages), self.settings):
                piece = chunk.content if isinstance(chunk.content, str) else ""
                if piece:
                    parts.append(piece)
                    yield piece
        except (openai.OpenAIError, ValueError, LLMFailure) as exc:
            detail = str(exc) if isinstance(exc, LLMFailure) else type(exc).__name__
            yield self._fallback(fallback, f"The LLM endpoint failed ({detail}) after retries")
            return
        text = "".join(parts).strip()
        llm = base.model_copy(update={"mode": "llm", "model": self.settings.model})
        if not text:
            yield self._fallback(fallback, "The LLM returned an empty answer")
            return
        if REFUSAL.lower() in text.lower():
            refusal = f"{REFUSAL}."
            yield llm.model_copy(
                update={
                    "answer": refusal,
                    "refused": True,
                    "sentences": [AnswerSentence(text=refusal)],
                }
            )
            return
        parts, citations, _ = validate(text, markers, metas)
        if not citations:
            yield self._fallback(fallback, "The LLM's answer cited no paragraph it was given")
            return
        answer = " ".join(with_markers(p) for p in parts)
        yield llm.model_copy(update={"answer": answer, "sentences": parts, "citations": citations})

    def _fallback(self, fallback: Answer, why: str) -> Answer:
        return fallback.model_copy(
            update={
                "mode": "extractive",
                "model": self.settings.model,
                "notice": f"{why}; this is the extractive answer instead.",
            }
        )
