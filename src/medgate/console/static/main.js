// The console's shell: the key form, the navigation (hash routes carry page names only, never
// text), and one page module at a time.
import { get, setKey, ApiError } from "./api.js";
import { clear, errorBox, h } from "./dom.js";
import * as playground from "./playground.js";
import * as privacy from "./privacy.js";
import * as tasks from "./tasks.js";
import * as models from "./models.js";
import * as usage from "./usage.js";

const PAGES = { playground, privacy, tasks, models, usage };
const state = { who: null, needsKey: false };

async function identify() {
  const who = document.getElementById("who");
  const usageLink = document.getElementById("nav-usage");
  try {
    state.who = await get("/v1/whoami");
    state.needsKey = false;
    who.textContent = state.who.keys_required ? `signed in as ${state.who.name} (${state.who.role})`
      : "open server: no keys configured";
  } catch (e) {
    state.who = null;
    state.needsKey = e instanceof ApiError && e.status === 401;
    who.textContent = e instanceof ApiError && e.status === 401 ? "this server needs an API key" : e.message;
  }
  // Usage and audit: admin keys only; on an open server (no keys at all) every route is open.
  usageLink.hidden = !(state.who && (!state.who.keys_required || state.who.role === "admin"));
}

function current() {
  const name = location.hash.replace(/^#/, "");
  return Object.hasOwn(PAGES, name) ? name : "playground";
}

async function show() {
  const name = current();
  for (const a of document.querySelectorAll("#nav a")) {
    if (a.dataset.page === name) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  }
  const root = clear(document.getElementById("page"));
  const section = h("section", { class: `page page-${name}`, "aria-labelledby": `h-${name}` });
  root.append(section);
  if (state.needsKey) {  // nothing to ask the server until a key is typed
    section.append(h("p", { class: "error", role: "alert" }, "This server needs an API key: type yours above (it stays in this tab's memory only)."));
    return;
  }
  try {
    await PAGES[name].render(section, state);
  } catch (e) {
    section.append(errorBox(e));
  }
}

document.getElementById("key-form").addEventListener("submit", async (ev) => {
  ev.preventDefault();
  const input = document.getElementById("api-key");
  setKey(input.value);
  input.value = "";  // held by api.js only from here on
  await identify();
  await show();
});
window.addEventListener("hashchange", show);
await identify();
await show();
