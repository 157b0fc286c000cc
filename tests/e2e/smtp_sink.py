"""An SMTP server on 127.0.0.1 (aiosmtpd) that keeps what the e2e hub sends: the hub under test
is started with EMAIL_HOST and EMAIL_PORT pointing at it, so its emails arrive here for real."""

import threading
import time
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller


class Mailbox:
    def __init__(self, host: str, port: int):
        self.port = port
        self.messages = []
        self._lock = threading.Lock()
        self._controller = Controller(self, hostname=host, port=port)

    async def handle_DATA(self, server, session, envelope):
        with self._lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 OK"

    def start(self):
        self._controller.start()
        return self

    def stop(self):
        self._controller.stop()

    def wait_for(self, to: str, timeout: float = 30):
        """The first message to `to`, waiting for it as the hub sends after its commit."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                found = [message for message in self.messages if to in message["To"]]
            if found:
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"No email to {to} within {timeout} s")
