"""`debtguide serve`: the advisor as a private page in the browser (the `web` extra).

Nothing here is imported by the other commands; `debtguide.web.serve` checks that the extra
is installed before it imports Starlette or uvicorn.
"""
