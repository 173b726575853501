"""Compare outlets: sentences, figures, dates and sources of each article, the sentences of other
articles that report the same thing, and where the reports disagree. No Qt; the GUI and the CLI
reach it through the project facade."""
