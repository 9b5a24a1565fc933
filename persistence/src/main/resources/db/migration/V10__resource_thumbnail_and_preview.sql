-- Thumbnails of image and animation resources (issue 4), made once at upload and kept in the blob store like any
-- content; a blob row stays while a resource uses it as content or as thumbnail.
alter table teaching_resource add column thumbnail_sha256 varchar(64) references stored_blob (sha256);
create index teaching_resource_thumbnail_idx on teaching_resource (thumbnail_sha256) where thumbnail_sha256 is not null;

-- Previews made in the background: Office documents as PDF (LibreOffice), video browsers cannot play as H.264/MP4
-- (ffmpeg). A node claims a pending row (CONVERTING, claimed_at) so no two nodes convert the same resource; a claim
-- older than 30 minutes is taken over.
alter table teaching_resource add column preview_status varchar(16) default 'NONE' not null;
alter table teaching_resource add column preview_sha256 varchar(64) references stored_blob (sha256);
alter table teaching_resource add column preview_media_type varchar(64);
alter table teaching_resource add column preview_claimed_at timestamp;
alter table teaching_resource add constraint teaching_resource_preview_chk check (preview_status in
    ('NONE', 'PENDING', 'CONVERTING', 'READY', 'FAILED', 'UNAVAILABLE'));
create index teaching_resource_preview_idx on teaching_resource (preview_status)
    where preview_status in ('PENDING', 'CONVERTING');
