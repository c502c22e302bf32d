// Models: the comparison table (GET /v1/catalog, the table `medgate models` prints) and the
// recommender (POST /v1/recommend, as `medgate recommend`).
import { get, post } from "./api.js";
import { clear, errorBox, field, h } from "./dom.js";

export async function render(root) {
  const catalog = await get("/v1/catalog");
  const { columns, rows } = catalog.table;
  const table = h("div", { class: "scroll", tabindex: 0, role: "region", "aria-label": "model comparison table" },
    h("table", { class: "catalog" }, h("caption", {}, "Model catalogue"),
      h("thead", {}, h("tr", {}, columns.map((c) => h("th", { scope: "col" }, c)))),
      h("tbody", {}, rows.map((r) => h("tr", {}, r.map((cell, i) => (i === 1 ? h("th", { scope: "row" }, cell) : h("td", {}, cell))))))));

  const useCase = h("select", { id: "rc-use-case" }, catalog.use_cases.map((u) => h("option", { value: u }, u)));
  const vision = h("input", { id: "rc-vision", type: "checkbox" });
  const minContext = h("input", { id: "rc-context", type: "number", min: 0, step: 1000, placeholder: "tokens" });
  const price = h("input", { id: "rc-price", type: "number", min: 0, step: "any", placeholder: "USD per million" });
  const gpu = h("input", { id: "rc-gpu", type: "number", min: 0, step: "any", placeholder: "GB" });
  const licence = h("input", { id: "rc-licence", type: "text", placeholder: "e.g. apache-2.0,mit" });
  const out = h("div", { "aria-live": "polite" });
  const form = h("form", { class: "stack grid", autocomplete: "off" },
    field("Use case", useCase), field("Needs image input", vision), field("Minimum context", minContext),
    field("Max output price", price, "USD per million tokens"), field("Self-host within GPU memory", gpu, "GB, all GPUs"),
    field("Licence", licence, "SPDX, comma-separated"),
    h("div", { class: "actions" }, h("button", { type: "submit", class: "primary" }, "Recommend")));
  root.append(h("h1", { id: "h-models" }, "Models"), table, h("h2", {}, "Recommender"), form, out);

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const body = { use_case: useCase.value, needs_vision: vision.checked };
    const num = (el) => (el.value === "" ? undefined : Number(el.value));
    if (num(minContext) !== undefined) body.min_context = Math.round(num(minContext));
    if (num(price) !== undefined) body.max_output_price = num(price);
    if (num(gpu) !== undefined) body.gpu_memory_gb = num(gpu);
    if (licence.value.trim()) body.licence = licence.value.trim();
    try {
      const rec = await post("/v1/recommend", body);
      clear(out).append(h("ol", { class: "rankings" }, rec.rankings.map((r) => h("li", { class: r.eligible ? "eligible" : "excluded" },
        h("strong", {}, r.rank === null ? "– " : `${r.rank}. `, r.model), ` score ${r.score.toFixed(2)}`,
        r.excluded.length ? h("p", { class: "why-not" }, `Excluded: ${r.excluded.join("; ")}`) : null,
        h("ul", { class: "reasons" }, r.reasons.map((x) => h("li", {}, x)))))));
    } catch (e) {
      clear(out).append(errorBox(e));
    }
  });
}
