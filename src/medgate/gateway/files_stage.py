"""Stage 3b for one request: its inline files converted for each deployment routing tries.

What a deployment may receive depends on its trust, so the rule is decided per attempt, the way
attempts.py treats PhiNotAllowed: a deployment outside the trusted boundary (its privacy policy
is not `allow`) gets the *screened* conversion, in which an image with text on its pixels
(BurnedInText) or one medgate cannot read (UnsupportedFile) is refused unless the caller sent
`burned_in: allow`; a trusted one gets the plain conversion (small photos and images medgate
cannot read as they came). A screened refusal only skips that deployment (SkipDeployment); when
no candidate may take the request, it is the answer.

Each conversion runs once per request, in a worker process (converter.py), and is kept for the
other attempts: a retry or fallback to a deployment of the same kind reuses it, so a request
converts at most twice (once per kind) however many deployments it tries. A plain conversion's
error is the request's (a corrupt file is corrupt for everyone) and is raised as it is.
"""

from __future__ import annotations

from typing import Any

from medgate.errors import MedgateError
from medgate.gateway.attachments import Attached, convert_body, has_files
from medgate.gateway.attempts import SkipDeployment
from medgate.gateway.converter import FileConverter
from medgate.gateway.ticket import Route, Ticket
from medgate.imaging import Limits


class FilesStage:
    """Per request; `admit` before an attempt, `body_for` when building its upstream body."""

    def __init__(self, converter: FileConverter, limits: Limits, body: dict[str, Any],
                 burned_in: str | None) -> None:
        self.converter, self.limits, self.body = converter, limits, body
        self.allow_text = burned_in == "allow"
        self.has_files = has_files(body)
        self._done: dict[bool, Attached | MedgateError] = {}  # by `screened`

    def screened(self, route: Route) -> bool:
        """Does this deployment get the screened conversion? (Outside the trusted boundary, and
        the caller did not allow burned-in text.)"""
        return route.privacy.policy != "allow" and not self.allow_text

    async def admit(self, route: Route) -> None:
        """Convert for this deployment's kind (once). Raises SkipDeployment when the screened
        conversion refused the files, the conversion's own error for a trusted deployment."""
        if not self.has_files:
            return
        screen = self.screened(route)
        if screen not in self._done:
            try:
                self._done[screen] = await self.converter.run(convert_body, self.body, screen_text=screen,
                                                              limits=self.limits)
            except MedgateError as exc:
                if not screen:
                    raise
                self._done[screen] = exc
        done = self._done[screen]
        if isinstance(done, MedgateError):
            raise SkipDeployment(done)

    def body_for(self, ticket: Ticket, route: Route) -> dict[str, Any]:
        """The converted body for an admitted deployment (the request's own when it has no files);
        the ticket records what was sent (`medgate.documents`, the first image's size)."""
        if not self.has_files:
            return self.body
        done = self._done[self.screened(route)]
        assert isinstance(done, Attached), "admit() first"
        ticket.documents, ticket.image_size = done.documents, done.first_size
        return done.body
