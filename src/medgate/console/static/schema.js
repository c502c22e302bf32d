// Forms and documents from JSON Schema (each task's options and result, GET /v1/tasks): a new
// task in the TASKS table gets its form and its document with no new page code.
import { field, h, heading } from "./dom.js";

export function resolve(schema, root) {
  if (schema && schema.$ref) return resolve(root.$defs[schema.$ref.split("/").pop()], root);
  if (schema && schema.anyOf) {
    const real = schema.anyOf.filter((s) => s.type !== "null");
    if (real.length === 1) return { ...resolve(real[0], root), nullable: true, description: schema.description, title: schema.title };
  }
  return schema || {};
}

// One control per option; read() gives the options object (blank fields left out).
export function optionsForm(schema, idPrefix) {
  const controls = [];
  for (const [name, raw] of Object.entries(schema.properties || {})) {
    const s = resolve(raw, schema);
    const desc = raw.description || s.description || "";
    const id = `${idPrefix}-${name}`;
    let control, read;
    if (s.enum) {
      control = h("select", { id, name }, h("option", { value: "" }, "(default)"), s.enum.map((v) => h("option", { value: v }, v)));
      read = () => control.value || undefined;
    } else if (s.type === "boolean") {
      control = h("input", { id, name, type: "checkbox" });
      read = () => (control.checked ? true : undefined);
    } else if (s.type === "integer" || s.type === "number") {
      control = h("input", { id, name, type: "number", step: s.type === "integer" ? 1 : "any", min: s.minimum, max: s.maximum,
        placeholder: raw.default !== undefined && raw.default !== null ? String(raw.default) : "" });
      read = () => (control.value === "" ? undefined : Number(control.value));
    } else if (s.type === "array") {
      control = h("input", { id, name, type: "text", placeholder: raw.default ? raw.default.join(", ") : "comma-separated" });
      const numeric = (s.prefixItems || [s.items || {}]).every((i) => i.type === "number" || i.type === "integer");
      read = () => (control.value.trim() === "" ? undefined
        : control.value.split(",").map((x) => x.trim()).filter(Boolean).map((x) => (numeric ? Number(x) : x)));
    } else {
      control = h("input", { id, name, type: "text", placeholder: desc.startsWith("e.g.") ? desc.slice(5).replace(/"/g, "") : "" });
      read = () => control.value.trim() || undefined;
    }
    controls.push({ name, read, el: field(raw.title || s.title || heading(name), control, desc) });
  }
  return {
    fields: controls.map((c) => c.el),
    read() {
      const out = {};
      for (const c of controls) { const v = c.read(); if (v !== undefined) out[c.name] = v; }
      return out;
    },
  };
}

function isScalar(v) {
  return v === null || typeof v !== "object";
}

function scalarText(v) {
  if (v === null || v === undefined || v === "") return "not given";
  return typeof v === "number" ? String(v) : String(v);
}

// A result value as a document fragment, its headings taken from the schema.
export function renderValue(value, schema, root) {
  const s = resolve(schema, root);
  if (Array.isArray(value)) {
    if (!value.length) return h("p", { class: "muted" }, "none");
    const itemSchema = s.items || {};
    // "read as A, B, C…" in the schema's description: a lettered list
    const lettered = /\bA, B\b/.test(schema.description || s.description || "");
    return h(lettered ? "ol" : "ul", lettered ? { type: "A" } : {}, value.map((v) => h("li", {}, renderValue(v, itemSchema, root))));
  }
  if (value && typeof value === "object") {
    const props = s.properties || {};
    const keys = [...Object.keys(props).filter((k) => k in value), ...Object.keys(value).filter((k) => !(k in props))];
    if (keys.every((k) => isScalar(value[k]))) {
      const [head, ...rest] = keys.filter((k) => value[k] !== null && value[k] !== "");
      return h("span", {}, head ? h("strong", {}, scalarText(value[head])) : "",
        rest.length ? ` (${rest.map((k) => `${heading(k).toLowerCase()}: ${scalarText(value[k])}`).join(", ")})` : "");
    }
    return h("dl", {}, keys.map((k) => [h("dt", {}, props[k] && props[k].title ? props[k].title : heading(k)),
      h("dd", {}, renderValue(value[k], props[k] || {}, root))]));
  }
  return h("span", {}, scalarText(value));
}

// The whole result: one section per top-level field, in the schema's order.
export function documentView(result, schema) {
  const props = schema.properties || {};
  const keys = [...Object.keys(props).filter((k) => k in result), ...Object.keys(result).filter((k) => !(k in props))];
  return keys.map((k) => h("section", { class: "doc-section" },
    h("h3", {}, heading(k)), renderValue(result[k], props[k] || {}, schema)));
}
