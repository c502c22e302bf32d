"""The web console's static files (static/): plain ES modules, one stylesheet, no build step and
no third-party code. `server/console.py` serves them at /ui."""
