"""Two real Syncthing daemons on 127.0.0.1 sharing one folder id, for end-to-end tests.

Each has its own home (config, keys, database) in a temporary folder, its own free ports,
no discovery, relays or NAT traversal: the two find each other only by the loopback
addresses given here, so the test works offline. Started and stopped by the test itself;
`stop` kills both by their own process ids.
"""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FOLDER_ID = "iali-sync"
WAIT_S = 60.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(what: str, check: Callable[[], bool], timeout: float = WAIT_S) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@dataclass
class Daemon:
    home: Path
    folder: Path
    sync_port: int
    gui_port: int
    device_id: str = ""
    api_key: str = ""
    process: subprocess.Popen[bytes] | None = None

    def prepare(self, binary: str) -> None:
        subprocess.run([binary, "generate", f"--home={self.home}", "--no-default-folder"],
                       check=True, capture_output=True, timeout=WAIT_S)
        self.device_id = subprocess.run(
            [binary, f"--home={self.home}", "--device-id"], check=True, capture_output=True,
            text=True, timeout=WAIT_S).stdout.strip()
        path = self.home / "config.xml"
        tree = ET.parse(path)
        root = tree.getroot()
        gui = root.find("gui")
        options = root.find("options")
        assert gui is not None and options is not None
        address = gui.find("address")
        key = gui.find("apikey")
        assert address is not None and key is not None and key.text
        address.text = f"127.0.0.1:{self.gui_port}"
        self.api_key = key.text
        for listen in options.findall("listenAddress"):
            options.remove(listen)
        ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{self.sync_port}"
        for name, value in (("globalAnnounceEnabled", "false"),
                            ("localAnnounceEnabled", "false"), ("relaysEnabled", "false"),
                            ("natEnabled", "false"), ("urAccepted", "-1"),
                            ("autoUpgradeIntervalH", "0"), ("crashReportingEnabled", "false")):
            node = options.find(name)
            if node is None:
                node = ET.SubElement(options, name)
            node.text = value
        tree.write(path)

    def start(self, binary: str, log: Path) -> None:
        with log.open("wb") as out:
            self.process = subprocess.Popen(
                [binary, "serve", f"--home={self.home}", "--no-browser", "--no-restart",
                 "--no-upgrade"], stdout=out, stderr=subprocess.STDOUT,
                # STMONITORED: no monitor process, so the pid started is the daemon itself
                # and killing it leaves nothing running.
                env={"STMONITORED": "1", "STNODEFAULTFOLDER": "1", "STNOUPGRADE": "1",
                     "HOME": str(self.home), "PATH": "/usr/bin:/bin"})
        wait_for("Syncthing's REST API", self._answers)

    def _answers(self) -> bool:
        assert self.process is not None
        if self.process.poll() is not None:
            raise AssertionError(f"syncthing exited with {self.process.returncode}")
        try:
            return self.rest("GET", "/rest/system/ping") == {"ping": "pong"}
        except (OSError, urllib.error.URLError):
            return False

    def rest(self, method: str, path: str, body: object | None = None) -> object:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}", data=data, method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            text = response.read()
        return json.loads(text) if text.strip() else None

    def share_with(self, other: Daemon) -> None:
        self.rest("POST", "/rest/config/devices", {
            "deviceID": other.device_id, "name": other.home.name,
            "addresses": [f"tcp://127.0.0.1:{other.sync_port}"]})
        self.rest("POST", "/rest/config/folders", {
            "id": FOLDER_ID, "label": "IALI", "path": str(self.folder),
            "devices": [{"deviceID": self.device_id}, {"deviceID": other.device_id}],
            "rescanIntervalS": 2, "fsWatcherEnabled": True, "fsWatcherDelayS": 1})

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.kill()
        self.process.wait(timeout=WAIT_S)


class SyncthingPair:
    def __init__(self, binary: str, root: Path) -> None:
        self.binary = binary
        self.root = root
        self.daemons = [Daemon(root / f"st-{n}", root / f"folder-{n}", free_port(),
                               free_port()) for n in ("a", "b")]

    def start(self) -> None:
        for d in self.daemons:
            d.folder.mkdir(parents=True)
            d.prepare(self.binary)
            d.start(self.binary, self.root / f"{d.home.name}.log")
        a, b = self.daemons
        a.share_with(b)
        b.share_with(a)

    def stop(self) -> None:
        for d in self.daemons:
            d.stop()

    def logs(self) -> str:
        return "\n".join((self.root / f"{d.home.name}.log").read_text(errors="replace")[-3000:]
                         for d in self.daemons)
