// Filters and orderings used by the concept list and the outline.
CREATE INDEX concept_kind IF NOT EXISTS FOR (c:Concept) ON (c.kind);
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
CREATE INDEX section_paper_order IF NOT EXISTS FOR (s:Section) ON (s.paper, s.order);
