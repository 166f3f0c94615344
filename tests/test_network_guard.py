"""The network guard of tests/conftest.py: the program works offline, and a test that tries
the network fails, even when the code swallows the guard's error."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO, NetworkBlockedError


def test_the_network_guard_refuses_every_way_out(network_guard: list[str]) -> None:
    def on_a_socket(kind: socket.SocketKind, call: str, *args: Any) -> Any:
        with socket.socket(socket.AF_INET, kind) as sock:
            return getattr(sock, call)(*args)

    attempts = [
        lambda: socket.create_connection(("example.com", 80), timeout=1),
        lambda: socket.getaddrinfo("example.com", 443),
        lambda: on_a_socket(socket.SOCK_STREAM, "connect", ("127.0.0.1", 9)),
        lambda: on_a_socket(socket.SOCK_STREAM, "connect_ex", ("127.0.0.1", 9)),
        lambda: on_a_socket(socket.SOCK_DGRAM, "sendto", b"x", ("127.0.0.1", 53)),
        lambda: urllib.request.urlopen("http://example.com", timeout=1),
    ]
    for attempt in attempts:
        with pytest.raises(NetworkBlockedError, match="works offline"):
            attempt()
    assert len(network_guard) == len(attempts)
    network_guard.clear()  # expected here; any other test that tries fails at teardown


def test_the_network_guard_leaves_unix_sockets_alone(tmp_path: Path) -> None:
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"ping")
        assert right.recv(4) == b"ping"
    path = str(tmp_path / "s")
    if len(path) < 100:  # AF_UNIX paths are short
        with socket.socket(socket.AF_UNIX) as server, socket.socket(socket.AF_UNIX) as client:
            server.bind(path)
            server.listen(1)
            client.connect(path)


def test_a_swallowed_network_attempt_still_fails_its_test(tmp_path: Path) -> None:
    """Code that catches the guard's error cannot hide the attempt: the test fails anyway."""
    shutil.copy(REPO / "tests" / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_sneaky.py").write_text(
        "import socket\n\n\n"
        "def test_sneaky():\n"
        "    try:\n"
        "        socket.create_connection(('example.com', 80))\n"
        "    except Exception:\n"
        "        pass\n\n\n"
        "def test_offline():\n"
        "    assert True\n",
        encoding="utf-8",
    )
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "the test tried to use the network: socket.create_connection" in run.stdout
    assert "ERROR test_sneaky.py::test_sneaky" in run.stdout  # at teardown: 2 passed, 1 error
    assert "2 passed, 1 error" in run.stdout
