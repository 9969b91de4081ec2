"""Runs xllamacpp's OpenAI-compatible server on 127.0.0.1 until terminated:
``python -m eval._llama_server MODEL PORT [N_CTX] [THREADS]``."""

import signal
import sys
import threading

import xllamacpp


def main() -> None:
    model, port = sys.argv[1], int(sys.argv[2])
    params = xllamacpp.CommonParams()
    params.model.path = model
    params.hostnames = ["127.0.0.1"]
    params.port = port
    params.n_ctx = int(sys.argv[3]) if len(sys.argv) > 3 else 4096
    params.cpuparams.n_threads = int(sys.argv[4]) if len(sys.argv) > 4 else 2
    server = xllamacpp.Server(params)  # noqa: F841 - serves while referenced
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    stop.wait()


if __name__ == "__main__":
    main()
