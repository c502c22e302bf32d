// Privacy preview: what a remote model would receive (POST /v1/deid with the deployment's policy),
// surrogates highlighted by type with counts, then the chat answer re-identified by the gateway.
import { post } from "./api.js";
import { clear, errorBox, field, h } from "./dom.js";
import { aliasSelect } from "./playground.js";

// The input with each detected span replaced by its surrogate, marked with its type.
export function highlighted(text, entities) {
  const out = h("div", { class: "deid-text" });
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    if (e.start < at) continue;
    out.append(text.slice(at, e.start));
    out.append(h("mark", { class: `phi phi-${e.type.toLowerCase()}`, title: e.type, "data-type": e.type },
      e.replacement, h("span", { class: "phi-type" }, e.type)));
    at = e.end;
  }
  out.append(text.slice(at));
  return out;
}

export function counts(entities) {
  const by = {};
  for (const e of entities) by[e.type] = (by[e.type] || 0) + 1;
  return by;
}

function countTable(by, caption) {
  const rows = Object.entries(by).sort();
  if (!rows.length) return h("p", { class: "muted" }, "No identifiers found.");
  return h("table", { class: "counts" }, h("caption", {}, caption),
    h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Type"), h("th", { scope: "col" }, "Count"))),
    h("tbody", {}, rows.map(([t, n]) => h("tr", {}, h("td", {}, h("mark", { class: `phi phi-${t.toLowerCase()}` }, t)), h("td", { class: "num" }, n)))));
}

export async function render(root) {
  const { select, models } = await aliasSelect("pv-model");
  const note = h("textarea", { id: "pv-note", rows: 8, required: true, placeholder: "Paste a clinical note…" });
  const question = h("input", { id: "pv-question", type: "text", value: "Summarise this note for a colleague." });
  const previewBtn = h("button", { type: "submit", class: "primary" }, "Preview what is sent");
  const sendBtn = h("button", { type: "button", disabled: true }, "Send to the model");
  const policy = h("p", { class: "policy" });
  const preview = h("div", { class: "preview", "aria-live": "polite" });
  const answer = h("div", { class: "answer-box", "aria-live": "polite" });
  const form = h("form", { class: "stack", autocomplete: "off" }, field("Model", select), field("Clinical note", note),
    field("Instruction", question), h("div", { class: "actions" }, previewBtn, sendBtn));
  root.append(h("h1", { id: "h-privacy" }, "Privacy preview"),
    h("p", { class: "muted" }, "See what would leave this gateway before anything is sent. Surrogates are drawn anew for each request: the model gets the same kinds of replacement, not these exact ones."),
    form, policy, preview, answer);

  const describe = () => {
    const m = models.find((x) => x.id === select.value);
    if (!m) return "";
    return m.trust === "remote"
      ? `Remote deployment: identifiers are replaced with surrogates before sending (detector: ${m.phi_policy || "strict"}), and restored in the answer.`
      : `Local deployment: the note stays inside the trusted boundary and is sent as is (detector shown: ${m.phi_policy || "standard"}).`;
  };
  const update = () => { policy.textContent = describe(); sendBtn.disabled = true; clear(preview); clear(answer); };
  select.addEventListener("change", update);
  update();

  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    clear(preview); clear(answer);
    const m = models.find((x) => x.id === select.value);
    try {
      const out = await post("/v1/deid", { text: note.value, mode: "surrogate", policy: (m && m.phi_policy) || "strict" });
      preview.append(h("h2", {}, m && m.trust === "remote" ? "What the model receives" : "What a remote model would receive"),
        highlighted(note.value, out.entities), countTable(counts(out.entities), "Identifiers replaced, by type"));
      sendBtn.disabled = false;
    } catch (e) {
      preview.append(errorBox(e));
    }
  });

  sendBtn.addEventListener("click", async () => {
    clear(answer);
    sendBtn.disabled = true;
    answer.append(h("p", { class: "muted" }, "Waiting for the model…"));
    try {
      const out = await post("/v1/chat/completions", { model: select.value, messages: [
        { role: "user", content: `${question.value}\n\n${note.value}` }] });
      const phi = (out.medgate && out.medgate.phi) || { policy: "?", replaced: {} };
      clear(answer).append(h("h2", {}, "Answer (re-identified)"),
        h("div", { class: "answer" }, out.choices[0].message.content || ""),
        h("p", { class: "meta muted" }, `policy applied: ${phi.policy} · deployment ${out.medgate ? out.medgate.deployment : "?"}`),
        countTable(phi.replaced || {}, "Replaced in this request, by type"));
    } catch (e) {
      clear(answer).append(errorBox(e));
    } finally {
      sendBtn.disabled = false;
    }
  });
}
