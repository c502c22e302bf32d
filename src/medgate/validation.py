"""Request validation through pydantic, cheaply: a TypeAdapter built once per schema, strict
(no "yes" → True coercion), validating the parsed dict in place of hand-written checks; the same
types generate the OpenAPI document (server/openapi.py).

A failure becomes `InvalidRequest` whose `param` names the field as a client would write it
(`messages[0].content`), with pydantic's union-branch labels left out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from pydantic import TypeAdapter, ValidationError

from medgate.errors import InvalidRequest

T = TypeVar("T")
# pydantic names a union's branch in an error's location ("str", "list[str]"); ours carry ":".
_BRANCH_NAMES = frozenset({"str", "int", "float", "bool", "list", "dict", "none"})


def param_of(loc: tuple[int | str, ...]) -> str:
    out = ""
    for item in loc:
        if isinstance(item, int):
            out += f"[{item}]"
        elif item in _BRANCH_NAMES or ":" in item or "[" in item:
            continue
        else:
            out = f"{out}.{item}" if out else item
    return out or "body"


def validator(tp: type[T], *, messages: Mapping[str, str] | None = None) -> Callable[[Any], T]:
    """A function that validates a parsed JSON value against `tp` (returning the value itself,
    unchanged) or raises InvalidRequest. `messages` replaces pydantic's text for a param."""
    adapter: TypeAdapter[T] = TypeAdapter(tp)
    custom = dict(messages or {})

    def validate(value: Any) -> T:
        try:
            adapter.validate_python(value, strict=True)
        except ValidationError as exc:
            err = exc.errors(include_url=False, include_input=False)[0]
            param = param_of(tuple(err["loc"]))
            if param == "body":
                raise InvalidRequest("the request body must be a JSON object", param="body") from None
            text = custom.get(param) or f"'{param}': {err['msg']}"
            raise InvalidRequest(text, param=param) from None
        return value  # type: ignore[no-any-return]

    return validate
