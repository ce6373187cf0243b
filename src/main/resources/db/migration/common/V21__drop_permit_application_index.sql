-- Permits are looked up by application number only together with their year, which the primary
-- key (stat_year, application_no) serves; a second index of the same keys only cost its build.
DROP INDEX permit_record_application_no_ix;
