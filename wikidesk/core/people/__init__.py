"""People pages and the competence directory ("Hvem kan hva?"): who knows what, from profiles and from history.

- :mod:`.profiles`: a person's page in the ``Personer`` space and its ``person:`` front matter;
- :mod:`.contributions`: each author's share of every page's current text, worked out incrementally from the
  revision DAG and kept in a per-user cache beside the search index;
- :mod:`.directory`: revision authors mapped to people (user id, then display name or a former name);
- :mod:`.ranking`: the competence search (Balog et al.'s document model plus declared skills), with reasons;
- :mod:`.person_view`: what a person's page shows below their own text (recent work, topics, co-authors);
- :mod:`.csv_import`: people pages created or updated from a staff list (HR or Active Directory export).

See ``docs/people.md``.
"""
