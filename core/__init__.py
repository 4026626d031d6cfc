"""The bottom layer: what every app uses (the client's address, rate limits). It imports no app of the project."""
