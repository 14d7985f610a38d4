-- Finding published items: by sector (the 责任清单 routing of hazard reports and the item filters),
-- by list type and status (the lists in force), and one item code across the versions of a list
-- (an item's permalink and history).

CREATE INDEX idx_list_item_sector_sector ON list_item_sector (sector_code);

CREATE INDEX idx_list_version_type_status ON list_version (list_type, status);

CREATE INDEX idx_list_item_code ON list_item (item_code);
