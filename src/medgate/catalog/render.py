"""Plain-text and Markdown renderings of the catalogue (no table library needed)."""

from __future__ import annotations

from collections.abc import Sequence

from medgate.catalog.card import Card, Price
from medgate.catalog.catalog import Catalog

TABLE_PROVIDER = "siliconflow"
HEADERS = (
    "developer",
    "model",
    "subtype",
    "params total/active",
    "architecture",
    "context",
    "modalities",
    "licence",
    "price in/out per M (SiliconFlow)",
    "core strength",
)


def fmt_context(tokens: int) -> str:
    """131072 -> '131K' (decimal K, as providers print it); 512 -> '512'."""
    return f"{round(tokens / 1000)}K" if tokens >= 1000 else str(tokens)


def fmt_gb(gb: float) -> str:
    return f"{gb:g} GB"


def fmt_usd(x: float) -> str:
    """0.5 -> '$0.50', 2.18 -> '$2.18', 0.035 -> '$0.035', 0 -> '$0'."""
    if x == 0:
        return "$0"
    return f"${x:.2f}" if round(x, 2) == x else f"${x:g}"


def fmt_price(price: Price) -> str:
    return f"{fmt_usd(price.input_per_m)}/{fmt_usd(price.output_per_m)}"


def fmt_params(billions: float) -> str:
    return f"{billions * 1000:g}M" if billions < 1 else f"{billions:g}B"


def price_cell(card: Card) -> str:
    """SiliconFlow's price; else 'local, free' for the embedded model; else a dash."""
    offer = card.providers.get(TABLE_PROVIDER)
    if offer is not None:
        price = offer.price
        if price is None:
            return "price n/a"
        return f"{fmt_usd(price.input_per_m)} / {fmt_usd(price.output_per_m)}"
    embedded = card.providers.get("embedded")
    if embedded is not None and embedded.price is not None and embedded.price.output_per_m == 0:
        return "local, free"
    return "—"


def catalog_rows(catalog: Catalog) -> list[list[str]]:
    return [
        [
            c.developer,
            c.id,
            c.subtype,
            f"{fmt_params(c.parameters_total_b)} / {fmt_params(c.parameters_active_b)}",
            c.architecture,
            fmt_context(c.context_tokens),
            ", ".join(c.modalities),
            c.licence,
            price_cell(c),
            c.core_strength,
        ]
        for c in catalog.cards
    ]


def align(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """Left-aligned columns separated by two spaces, a dashed rule under the header."""
    table = [list(headers), *[list(r) for r in rows]]
    widths = [max(len(r[i]) for r in table) for i in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(cell.ljust(w) for cell, w in zip(cells, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return "\n".join([line(table[0]), rule, *(line(r) for r in table[1:])])


def catalog_table(catalog: Catalog) -> str:
    """The catalogue as an aligned plain-text table."""
    return align(HEADERS, catalog_rows(catalog))


def catalog_markdown_table(catalog: Catalog) -> str:
    """The catalogue as a GitHub Markdown table (for the README)."""

    def md(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |"

    out = [md(HEADERS), "|" + "|".join("---" for _ in HEADERS) + "|"]
    out += [md(r) for r in catalog_rows(catalog)]
    return "\n".join(out)
