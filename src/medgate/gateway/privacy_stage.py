"""Stages 4 and 7: decide the PHI policy for a deployment, pseudonymise on the way out, restore on
the way back. The surrogate map lives in this object, for one request, and nowhere else."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from medgate.config import Deployment
from medgate.errors import MedgateError, PhiNotAllowed, PrivacyError
from medgate.gateway.auto import message_text

if TYPE_CHECKING:  # medgate.privacy is imported on first use: a gateway with only local
    # deployments never needs it (24 MiB and ~4 s of start-up); App.start loads it when a
    # remote deployment is configured, so no request pays for the import.
    from medgate.privacy import Policy, Pseudonymiser
    from medgate.privacy.messages import ChunkRestorer


# Text from which de-identification runs in a worker thread: strict costs ~9-20 ms of CPU per KB, and on
# the event loop that would hold every other client's stream for as long (in a thread, the loop gets
# the interpreter back every few milliseconds); below it, the thread hop (~0.1 ms) costs more than it saves.
OFFLOAD_CHARS: Final = 2048


class PrivacyStage:
    """Per request. `policy` is what was applied: allow (local or BAA), pseudonymise or block."""

    def __init__(self, deployment: Deployment, requested: str | None, floor: str | None = None) -> None:
        """`floor`: the API key's own PHI policy (block or pseudonymise), which binds on local
        deployments too; the request was already refused if it asked for less (gateway)."""
        self.pseudonymiser: Pseudonymiser | None = None
        self.replaced: dict[str, int] = {}
        self.detector: Policy = "strict" if deployment.detector == "strict" else "standard"
        if deployment.trust == "local" and floor in ("block", "pseudonymise"):
            self.policy = requested if requested in ("block", "pseudonymise") else floor
            return
        if deployment.trust == "local":
            self.policy = (
                "allow"  # nothing leaves the trusted boundary; block/pseudonymise are no-ops
            )
            return
        if requested == "allow" and not deployment.allow_phi:
            raise PhiNotAllowed(
                f"phi: allow is refused for remote deployment {deployment.name}: set allow_phi: true on "
                "that deployment only if the provider is covered by a BAA",
                param="phi",
            )
        self.policy = requested or "pseudonymise"

    def costly(self, body: dict[str, Any]) -> bool:
        """Whether `outbound` would read enough text to be worth a worker thread (OFFLOAD_CHARS)."""
        return self.policy != "allow" and message_text(body)[1] >= OFFLOAD_CHARS

    def outbound(self, body: dict[str, Any]) -> dict[str, Any]:
        if self.policy == "allow":
            return body
        from medgate.privacy import Pseudonymiser
        from medgate.privacy.messages import pseudonymise_request, request_has_phi

        try:
            if self.policy == "block":
                found = request_has_phi(body, self.detector)
                if found:
                    kinds = ", ".join(f"{k}×{n}" for k, n in sorted(found.items()))
                    raise PhiNotAllowed(
                        f"request contains PHI ({kinds}) and phi: block forbids sending it to a remote "
                        "model; remove it, use phi: pseudonymise, or route to a local deployment",
                        param="messages",
                    )
                return body
            self.pseudonymiser = Pseudonymiser(policy=self.detector)
            out = pseudonymise_request(body, self.pseudonymiser)
            self.replaced = dict(self.pseudonymiser.counts())
            return out
        except MedgateError:
            raise
        except Exception as exc:  # fail closed: any de-identification fault stops egress
            raise PrivacyError("de-identification failed; the request was not sent") from exc

    def inbound(self, resp: dict[str, Any]) -> dict[str, Any]:
        if self.pseudonymiser is None:
            return resp
        from medgate.privacy.messages import restore_response

        return restore_response(resp, self.pseudonymiser)

    def restore_text(self, text: str) -> str:
        return self.pseudonymiser.restore(text) if self.pseudonymiser else text

    def chunk_restorer(self) -> ChunkRestorer | None:
        if self.pseudonymiser is None:
            return None
        from medgate.privacy.messages import ChunkRestorer

        return ChunkRestorer(self.pseudonymiser)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"policy": self.policy, "replaced": self.replaced}
        if self.policy != "allow":
            out["detector"] = self.detector
        return out
