"""The people directory in the app: the People panel, a person's page's generated sections, contact links."""
