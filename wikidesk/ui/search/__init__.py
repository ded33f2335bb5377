"""Search: the panel with instant results and the service that keeps the index in step with the wiki."""
