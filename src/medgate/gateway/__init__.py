"""The request pipeline: validate, screen, route, protect, call, normalise, restore, cost, audit."""

from medgate.gateway.options import RequestOptions
from medgate.gateway.pipeline import Gateway

__all__ = ["Gateway", "RequestOptions"]
