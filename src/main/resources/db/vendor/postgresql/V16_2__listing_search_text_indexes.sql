-- "contains" matching of the listing's lower-cased location and background (V16_1): trigram indexes for rare terms
create extension if not exists pg_trgm;
create index mentor_listing_location_trgm on mentor_listing using gin (location gin_trgm_ops);
create index mentor_listing_background_trgm on mentor_listing using gin (background gin_trgm_ops);
