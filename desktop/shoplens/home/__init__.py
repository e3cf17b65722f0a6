"""Home: what happened in a period against the previous one and last year, this week's actions with their people,
what changed since the last import and the campaigns' verdicts (issue 17). No Qt: the app's Home page and
`shoplens home` both read it."""
