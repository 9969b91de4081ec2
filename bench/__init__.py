"""Benchmarks at scale: ingest throughput, the query side at growing corpus sizes (embedded
store, Chroma server, the tutorial-RAG baseline) and simultaneous conversations through the
running chat app."""

from bench._ingest import build_store, run_size
from bench._load import load_test
from bench._query import measure_size
from bench._report import TARGETS, table, write
from bench._streamlit import AppError, Session

__all__ = [
    "TARGETS",
    "AppError",
    "Session",
    "build_store",
    "load_test",
    "measure_size",
    "run_size",
    "table",
    "write",
]
