"""Every error medgate raises on purpose, and how it reaches a client.

    MedgateError                      base; carries HTTP status, OpenAI error type/code, retryable
    ├── RequestError          400     the caller sent something we cannot serve
    │   ├── InvalidJSON       400     body is not JSON
    │   ├── InvalidRequest    400     JSON, but a field is missing or has the wrong type
    │   ├── UnknownModel      404     alias has no deployment (says how to configure one)
    │   ├── NotFound          404     no such route / task
    │   ├── MethodNotAllowed  405
    │   ├── PayloadTooLarge   413
    │   ├── InvalidFile       400     an attached file (image, DICOM, PDF) is corrupt or unreadable
    │   ├── UnsupportedFile   415     an attached file is in a format medgate does not convert
    │   ├── UnprocessableInput 422    well-formed, but not something we will act on (e.g. non-clinical)
    │   └── DatasetError      400     an evaluation dataset is missing, unreadable or in no known layout
    ├── AuthError             401     no API key, or one that is unknown or revoked
    ├── PolicyError           403     refused by policy
    │   ├── PhiNotAllowed     403/422 PHI would reach a remote model against policy
    │   ├── BurnedInText      403     an image with text on its pixels would reach a remote model
    │   ├── RoleForbidden     403     the key's role may not use this route
    │   └── ModelForbidden    403     the key may not use this model
    ├── RateLimited           429     the key's requests per minute are used up; carries retry_after
    ├── InsufficientQuota     402     the key's budget cannot cover the request
    ├── PrivacyError          500     de-identification failed: always fail closed, never send
    ├── InternalError         500     a bug in medgate (the log has its type; the client a request id)
    ├── AuditUnavailable      503     the audit store is down and audit.on_failure is refuse
    ├── UpstreamError         502     the model server misbehaved
    │   ├── UpstreamTimeout   504
    │   ├── UpstreamUnavailable 503
    │   │   ├── EngineOverloaded 503   a medgate engine's queue is full; carries retry_after
    │   │   ├── EngineCrashed    503   the embedded runner died mid-request (it is restarted)
    │   │   └── EngineUnavailable 503  the embedded runner cannot start
    │   ├── UpstreamRateLimited 429   carries retry_after
    │   ├── UpstreamStatusError  *    any other non-2xx from upstream, status kept
    │   └── UpstreamProtocolError 502 upstream answered something that is not the protocol
    ├── TaskError             422     a clinical task could not produce a schema-valid result
    └── ConfigError                   bad configuration (startup / CLI only)

`error_body()` renders any of them as the OpenAI error JSON. Fallback (later) retries only on
`isinstance(e, UpstreamError) and e.retryable`.
"""

from __future__ import annotations

from typing import Any, ClassVar


class MedgateError(Exception):
    """Base of every error medgate raises on purpose."""

    status: ClassVar[int] = 500
    type: ClassVar[str] = "server_error"
    code: ClassVar[str | None] = None
    retryable: ClassVar[bool] = False

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.param = param

    def http_status(self) -> int:
        return self.status

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (param, status, retry_after...): file conversion raises these in worker
        processes, and the default pickling would rebuild them from the message alone."""
        return (_restore, (type(self), self.args, dict(self.__dict__)))

    def to_dict(self) -> dict[str, Any]:
        return {
            "error": {
                "message": self.message,
                "type": self.type,
                "param": self.param,
                "code": self.code,
            }
        }


class RequestError(MedgateError):
    """The caller sent something we cannot serve."""

    status = 400
    type = "invalid_request_error"


class InvalidJSON(RequestError):
    """The body is not valid JSON."""

    code = "invalid_json"


class InvalidRequest(RequestError):
    """A field is missing or has the wrong type."""

    code = "invalid_request"


class UnknownModel(RequestError):
    """The alias has no deployment."""

    status = 404
    code = "model_not_found"


class NotFound(RequestError):
    """No such route or resource."""

    status = 404
    code = "not_found"


class MethodNotAllowed(RequestError):
    """The route exists but not for this HTTP method."""

    status = 405
    code = "method_not_allowed"


class PayloadTooLarge(RequestError):
    """The body exceeds the configured limit."""

    status = 413
    code = "payload_too_large"


class InvalidFile(RequestError):
    """An attached file (image, DICOM, PDF) is corrupt, truncated or cannot be decoded."""

    code = "invalid_file"


class UnsupportedFile(RequestError):
    """An attached file is in a format medgate does not convert."""

    status = 415
    code = "unsupported_file"


class UnprocessableInput(RequestError):
    """Well-formed input we refuse to act on (near-empty, non-clinical)."""

    status = 422
    code = "unprocessable_input"


class DatasetError(RequestError):
    """An evaluation dataset is missing, unreadable, or in no layout medgate knows."""

    code = "dataset_error"


class PolicyError(MedgateError):
    """Refused by policy."""

    status = 403
    type = "permission_error"
    code = "policy_violation"


class PhiNotAllowed(PolicyError):
    """PHI would reach a remote deployment against the request's or deployment's policy."""

    code = "phi_not_allowed"

    def __init__(self, message: str, *, status: int = 403, param: str | None = None) -> None:
        super().__init__(message, param=param)
        self._status = status

    def http_status(self) -> int:
        return self._status


class BurnedInText(PolicyError):
    """An image carries text on its pixels (DICOM BurnedInAnnotation, or text found there) and
    would reach a remote deployment; the caller may override (`burned_in: allow`)."""

    code = "burned_in_text"


class AuthError(MedgateError):
    """No API key, or one that is unknown or revoked (OpenAI's 401 shape)."""

    status = 401
    type = "invalid_request_error"
    code = "invalid_api_key"


class RoleForbidden(PolicyError):
    """The key's role may not use this route."""

    code = "insufficient_permissions"


class ModelForbidden(PolicyError):
    """The key is limited to other models."""

    code = "model_not_allowed"


class RateLimited(MedgateError):
    """The key's per-minute request limit is used up."""

    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class InsufficientQuota(MedgateError):
    """The key's budget cannot cover this request's largest possible cost. 402 (as OpenRouter
    answers for spent credit), not OpenAI's 429: the SDKs retry a 429, and a spent budget does
    not come back by retrying."""

    status = 402
    type = "insufficient_quota"
    code = "insufficient_quota"


class PrivacyError(MedgateError):
    """De-identification itself failed; the request is never sent (fail closed)."""

    status = 500
    type = "server_error"
    code = "privacy_failure"


class InternalError(MedgateError):
    """A bug in medgate: any exception that is not a MedgateError, caught at the boundary."""

    code = "internal_error"

    def __init__(self, message: str = "internal error in medgate; see the server log") -> None:
        super().__init__(message)


class AuditUnavailable(MedgateError):
    """The audit store cannot take records and the config says to refuse rather than lose them."""

    status = 503
    code = "audit_unavailable"

    def __init__(self, message: str, *, retry_after: float | None = 5.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamError(MedgateError):
    """The model server misbehaved."""

    status = 502
    type = "upstream_error"
    code = "upstream_error"
    retryable = True
    # May the same deployment be tried again within this request (after its backoff)? medgate's
    # own engines say no: their 503s shed load, or report a crash, for the client to see at once.
    retry_same: ClassVar[bool] = True


class UpstreamTimeout(UpstreamError):
    """The model server did not answer in time."""

    status = 504
    code = "upstream_timeout"


class UpstreamUnavailable(UpstreamError):
    """The model server could not be reached or said it is overloaded."""

    status = 503
    code = "upstream_unavailable"


class _RetryAfter:
    """Mixin: the error's answer carries a Retry-After header."""

    retry_after: float | None = None


class EngineOverloaded(_RetryAfter, UpstreamUnavailable):
    """An engine's bounded queue is full: refused at once, with an estimate of when to retry."""

    code = "engine_overloaded"
    retry_same = False

    def __init__(self, message: str, *, retry_after: float) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EngineCrashed(_RetryAfter, UpstreamUnavailable):
    """The embedded model's runner process died during this request; the gateway restarts it."""

    code = "engine_crashed"
    retry_same = False

    def __init__(self, message: str, *, retry_after: float = 1.0) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EngineUnavailable(_RetryAfter, UpstreamUnavailable):
    """The embedded model's runner could not be started (load failure, or restarting after crashes)."""

    code = "engine_unavailable"
    retry_same = False

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamRateLimited(UpstreamError):
    """The model server asked us to slow down."""

    status = 429
    type = "rate_limit_error"
    code = "rate_limit_exceeded"

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UpstreamStatusError(UpstreamError):
    """Any other non-2xx answer; its status is passed on (4xx are the caller's fault)."""

    def __init__(self, message: str, *, status: int, param: str | None = None) -> None:
        super().__init__(message, param=param)
        self._status = status

    @property
    def retryable(self) -> bool:  # type: ignore[override]
        return self._status >= 500

    def http_status(self) -> int:
        return self._status


class UpstreamProtocolError(UpstreamError):
    """The upstream answered something that is not the OpenAI protocol."""

    code = "upstream_protocol_error"


class TaskError(MedgateError):
    """A clinical task could not produce a schema-valid result."""

    status = 422
    type = "invalid_response_error"
    code = "task_failed"


class ConfigError(MedgateError):
    """Bad configuration; raised at startup or by the CLI, never mid-request."""

    status = 500
    code = "config_error"


def _restore(cls: type[MedgateError], args: tuple[Any, ...], state: dict[str, Any]) -> MedgateError:
    err = cls.__new__(cls)
    Exception.__init__(err, *args)
    err.__dict__.update(state)
    return err


def error_body(exc: MedgateError) -> dict[str, Any]:
    """The OpenAI-shaped JSON body for an error."""
    return exc.to_dict()
