"""A headless client of the running chat app: it speaks Streamlit's own websocket protocol
(protobuf BackMsg / ForwardMsg) the way the browser does, so many conversations can be driven
at once without a browser each. A run sends only the widgets the client acts on (the chat
input, a button); the server keeps every other widget's value in the session, as it does
for a browser."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState
from streamlit.testing.v1.element_tree import ElementTree, parse_tree_from_messages
from websockets.sync.client import ClientConnection, connect


class AppError(RuntimeError):
    """The app showed an exception, or did not finish a run in time."""


@dataclass
class Run:
    """The elements of one finished script run and how long it took."""

    tree: ElementTree
    seconds: float
    messages: list[ForwardMsg] = field(repr=False, default_factory=list)


class Session:
    """One browser tab's worth of conversation with the app at ``url`` (http://host:port)."""

    def __init__(self, url: str, timeout: float = 300.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        ws_url = "ws" + self.url.removeprefix("http") + "/_stcore/stream"
        self.ws: ClientConnection = connect(
            ws_url, subprotocols=["streamlit"], max_size=None, open_timeout=timeout
        )
        self.tree: ElementTree | None = None
        self.page_hash = ""
        self.session_id = ""
        self.held: list[WidgetState] = []  # widgets whose state the browser keeps sending

    def close(self) -> None:
        self.ws.close()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, *widgets: WidgetState) -> Run:
        """Reruns the script with ``widgets`` set and waits until the app is idle: a run that
        ends in ``st.rerun()`` is followed to the run after it."""
        msg = BackMsg()
        msg.rerun_script.query_string = ""
        msg.rerun_script.page_script_hash = self.page_hash
        sent = {w.id for w in widgets}
        msg.rerun_script.widget_states.widgets.extend(
            [*widgets, *(w for w in self.held if w.id not in sent)]
        )
        started = time.perf_counter()
        self.ws.send(msg.SerializeToString())
        messages: list[ForwardMsg] = []
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise AppError(f"no finished run within {self.timeout:g}s")
            raw = self.ws.recv(timeout=left)
            fwd = ForwardMsg()
            fwd.ParseFromString(raw)
            kind = fwd.WhichOneof("type")
            if kind == "new_session":
                messages = []
                self.page_hash = fwd.new_session.page_script_hash or self.page_hash
                self.session_id = fwd.new_session.initialize.session_id or self.session_id
            elif kind == "script_finished":
                status = fwd.script_finished
                if status == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    continue
                if status == ForwardMsg.FINISHED_WITH_COMPILE_ERROR:
                    raise AppError("the app failed to compile")
                break
            else:
                messages.append(fwd)
        run = Run(parse_tree_from_messages(messages), time.perf_counter() - started, messages)
        self.tree = run.tree
        if run.tree.exception:
            raise AppError(str(run.tree.exception[0].message))
        return run

    def ask(self, question: str) -> Run:
        """Types ``question`` into the chat input and sends it."""
        if self.tree is None:
            self.run()
        assert self.tree is not None
        state = WidgetState(id=self.tree.chat_input[0].id)
        state.chat_input_value.data = question
        return self.run(state)

    def _widget(self, kind: str, label: str | None = None):  # noqa: ANN202 - a tree node
        assert self.tree is not None
        for node in self.tree.get(kind):
            if label is None or getattr(node.proto, "label", None) == label:
                return node
        raise AppError(f"no {kind} {label or ''} on the page")

    def upload(self, files: list[tuple[str, bytes]]) -> Run:
        """Puts ``files`` (name, content) into the page's file uploader, as the browser does:
        it asks the app for upload URLs, sends each file there, then reruns with the
        uploader holding them."""
        import httpx

        if self.tree is None:
            self.run()
        uploader = self._widget("file_uploader").proto
        request = BackMsg()
        request.file_urls_request.request_id = uuid.uuid4().hex
        request.file_urls_request.session_id = self.session_id
        request.file_urls_request.file_names.extend(name for name, _ in files)
        self.ws.send(request.SerializeToString())
        urls = self._response(request.file_urls_request.request_id)
        # The upload route checks the XSRF cookie the app sets against a header.
        with httpx.Client(base_url=self.url, timeout=self.timeout) as http:
            http.get("/_stcore/health")  # sets the cookie
            token = http.cookies.get("_streamlit_xsrf", "")
            state = WidgetState(id=uploader.id)
            for (name, content), where in zip(files, urls, strict=True):
                sent = http.put(
                    where.upload_url,
                    files={"file": (name, content, "application/octet-stream")},
                    headers={"X-Xsrftoken": token} if token else {},
                )
                sent.raise_for_status()
                info = state.file_uploader_state_value.uploaded_file_info.add()
                info.file_id, info.name, info.size = where.file_id, name, len(content)
                info.file_urls.CopyFrom(where)
        self.held = [w for w in self.held if w.id != uploader.id] + [state]
        return self.run()

    def _response(self, request_id: str):  # noqa: ANN202 - FileURLs
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            fwd = ForwardMsg()
            fwd.ParseFromString(self.ws.recv(timeout=max(deadline - time.monotonic(), 0.1)))
            if fwd.WhichOneof("type") == "file_urls_response":
                response = fwd.file_urls_response
                if response.response_id == request_id:
                    if response.error_msg:
                        raise AppError(response.error_msg)
                    return list(response.file_urls)
        raise AppError("the app gave no upload URLs")

    def click(self, label: str) -> Run:
        """Presses the button labelled ``label``."""
        button = self._widget("button", label).proto
        return self.run(WidgetState(id=button.id, trigger_value=True))
