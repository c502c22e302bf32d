// Tasks: pick a task from GET /v1/tasks, fill the form generated from its schema, read the
// validated result as a document (draft notice), copy or download it (JSON, FHIR), sign it off.
import { get, post } from "./api.js";
import { clear, copyText, download, errorBox, field, h, usd } from "./dom.js";
import { aliasSelect } from "./playground.js";
import { documentView, optionsForm } from "./schema.js";

export async function render(root) {
  const [{ data: all }, { select: model }] = await Promise.all([get("/v1/tasks"), aliasSelect("tk-model")]);
  const tasks = all.filter((t) => !t.takes_files); // image-report takes files: its own API, not a text form
  model.prepend(h("option", { value: "" }, "(the task's best configured model)"));
  model.value = "";
  const taskSelect = h("select", { id: "tk-task" }, tasks.map((t) => h("option", { value: t.name }, `${t.name} — ${t.use_case}`)));
  const formBox = h("div");
  const result = h("div", { class: "result", "aria-live": "polite" });
  root.append(h("h1", { id: "h-tasks" }, "Clinical tasks"), h("div", { class: "stack" }, field("Task", taskSelect), formBox), result);

  const build = () => {
    const task = tasks.find((t) => t.name === taskSelect.value);
    const input = h("textarea", { id: "tk-input", rows: 8, required: true });
    const options = optionsForm(task.options_schema, "tk-opt");
    const runBtn = h("button", { type: "submit", class: "primary" }, "Run task");
    const form = h("form", { class: "stack", autocomplete: "off" }, field(task.input_label, input), field("Model", model),
      h("details", { class: "options" }, h("summary", {}, "Options"), options.fields),
      h("div", { class: "actions" }, runBtn));
    clear(formBox).append(form);
    clear(result);
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      runBtn.disabled = true;
      clear(result).append(h("p", { class: "muted" }, "Running…"));
      try {
        const body = { input: input.value, options: options.read(), format: task.fhir ? "fhir" : "json" };
        if (model.value) body.model = model.value;
        const out = await post(`/v1/tasks/${encodeURIComponent(task.name)}`, body);
        clear(result).append(resultView(task, out));
      } catch (e) {
        clear(result).append(errorBox(e));
      } finally {
        runBtn.disabled = false;
      }
    });
  };
  taskSelect.addEventListener("change", build);
  build();
}

function resultView(task, out) {
  const status = h("span", { class: "muted", role: "status" });
  const json = JSON.stringify(out.result, null, 2);
  const actions = h("div", { class: "actions no-print" },
    h("button", { type: "button", onclick: () => copyText(json, status) }, "Copy JSON"),
    h("button", { type: "button", onclick: () => download(`${task.name}-${out.id}.json`, json) }, "Download JSON"),
    out.fhir ? h("button", { type: "button", onclick: () => download(`${task.name}-${out.id}.fhir.json`, JSON.stringify(out.fhir, null, 2), "application/fhir+json") }, "Download FHIR Bundle") : null,
    h("button", { type: "button", onclick: () => window.print() }, "Print"), status);
  const mg = out.medgate || {};
  return h("article", { class: "document", "aria-label": `${task.name} result` },
    h("p", { class: "draft", role: "note" }, h("strong", {}, "DRAFT · "), out.label || "AI-assisted draft — must be reviewed by a clinician", ` (status: ${out.status})`),
    h("h2", {}, task.name.replace(/-/g, " ")),
    documentView(out.result, task.output_schema),
    out.reasoning_content ? h("details", { class: "reasoning no-print" }, h("summary", {}, "Model reasoning"), h("div", { class: "reasoning-text" }, out.reasoning_content)) : null,
    h("p", { class: "meta muted" }, `artefact ${out.id} · model ${mg.alias || "?"} · deployment ${mg.deployment || "?"} · cost ${usd(mg.cost_usd)}`),
    actions, signoffForm(out));
}

function signoffForm(out) {
  const name = h("input", { id: "so-name", type: "text", required: true, autocomplete: "name" });
  const note = h("input", { id: "so-note", type: "text" });
  const done = h("div", { "aria-live": "polite" });
  const btn = h("button", { type: "submit" }, "Sign off");
  const form = h("form", { class: "stack signoff no-print", autocomplete: "off" }, h("h3", {}, "Clinician sign-off"),
    field("Clinician", name), field("Note (optional)", note), h("div", { class: "actions" }, btn), done);
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    try {
      const body = { clinician: name.value };
      if (note.value.trim()) body.note = note.value;
      const s = await post(`/v1/tasks/artefacts/${encodeURIComponent(out.id)}/signoff`, body);
      clear(done).append(h("p", { class: "signed", role: "status" }, `Signed off by ${s.clinician} at ${s.at} (audited).`));
      btn.disabled = true;
    } catch (e) {
      clear(done).append(errorBox(e));
    }
  });
  return form;
}
