"""medgate: one fast, privacy-first OpenAI-compatible gateway for open-weight medical LLMs."""

__version__ = "0.1.0"
