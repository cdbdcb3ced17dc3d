-- Who a participant is in the study: analyses count respondents and leave interviewers,
-- moderators and observers out of participant counts unless asked otherwise.
ALTER TABLE participant ADD COLUMN role VARCHAR(20) DEFAULT 'respondent' NOT NULL;
