"""All output: Rich renderables and JSON, behind one console module (render.console)."""
