"""Plain-Python domain: field kinds, value rules, ids and clocks. Imports nothing of ours."""
