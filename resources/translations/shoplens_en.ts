<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionCard</name>
    <message>
        <source>Start campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these customers in the data browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this action&apos;s tag again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tag that picks these customers: edit its rule or delete it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysesStatus</name>
    <message>
        <source>Updating predictions and suggestions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported data can be used already; predicted values and suggested products follow when this is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions and suggestions could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: predictions and suggestions will be updated when this workspace is next opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside ShopLens (%1). Your workspace was not changed by the failed step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1
Please send it to your supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceChooser</name>
    <message>
        <source>A segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with a tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no segmentation run yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no tags yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning and merges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new customers, %4 new orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows to %2 (channel %3, %4 left out for refusing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) and %2 rows removed; %3 backup copies rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps, %2 customers merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers from %2 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imports replayed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import, export, merge and erasure in this workspace, with the computer user who did it and when. Customer data is never written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of the group gets your message; a holdout group picked at random does not. After the window, comparing the two shows what the campaign itself brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. June coupon for sleeping customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A purchase within this many days from the start counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the group that does not get the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. JUNE10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders that carry this code are counted as redemptions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code (message):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; usually empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code (holdout):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no segments or tags yet. Segment the customers or create tags first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. No campaign was created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignResultsView</name>
    <message>
        <source>Export the contact list of those who get the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · from %3 for %4 days · %5 get the message, %6 held out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holdout group drawn at random with seed %1 (the same seed draws the same group again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignWords</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window not over yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holdout group has fewer than %1 customers, so chance alone can hide or fake an effect. Hold out a bigger share, or choose a bigger group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fewer than %1 customers would get the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this size only a big effect can be seen: the campaign would have to make at least %1 more customers in every 100 buy before the difference is clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data does not reach back a whole window before the start date, so the group&apos;s usual buying rate is unknown; the smallest visible lift is worked out for 10 in 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers: %2 get the message, %3 are held out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually %1% of them buy within a window this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest lift this campaign can detect: %1 points (80% power, 5% significance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups are too small to detect any lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign probably worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not clear yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign did not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no orders from %1 on have been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers than the holdout group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fewer buyers per 100 customers than the holdout group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1 more buyers per 100 customers than the holdout group, too few to matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers than the holdout group, but a difference this size could still be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the difference could be anywhere from %1 to %2 buyers per 100 customers; larger groups or a longer window would tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers so far; the window runs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the outcome window runs to %1; wait for the data to cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders from %1 on have been imported yet; the results appear after the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who got the coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who got the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought %2 points more often than the holdout group (95% CI %3 to %4); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought %2 points less often than the holdout group (95% CI %3 to %4); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bought exactly as often as the holdout group (95% CI %3 to %4 points); %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference this size is unlikely to be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A difference this size could be chance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome window runs to %1, but the data only reaches %2: these are the figures so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s) of the campaign can no longer be found on their own (removed by cleaning, or merged with another member) and are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought within %1 days: %2% of those who got it (%3 of %4), %5% of the holdout group (%6 of %7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relative lift: %1% (95% CI %2% to %3%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The groups are small, so the p-value comes from Fisher&apos;s exact test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per customer: %1 against %2, a difference of %3 (95% CI %4 to %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imported orders carry no coupon codes, so redemptions cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon %1: used in %2 order(s) by %3 customer(s) (%4 who got the message, %5 in the holdout group, %6 not in the campaign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2 for %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign yet. A campaign sends your message to most of a segment or tag and holds a few customers back at random; after the next imports you see what the message brought.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s). Choose one to see its results.</source>
        <translation>
            <numerusform>%n campaign. Choose one to see its results.</numerusform>
            <numerusform>%n campaigns. Choose one to see its results.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 customer(s) who get the message of the campaign %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign %1? Its groups and results are removed; contact lists already exported stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the campaign…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCard</name>
    <message>
        <source>Click to see these customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as an SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleaningPage</name>
    <message>
        <source>Clean your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleaning wizard suggests fixes one by one (phone numbers, dates, amounts, test orders, duplicates), asks you about customers who look like the same person, and keeps every step in a cleaning recipe. Your imported rows are never changed: any step can be switched off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the cleaning wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleaningWizard</name>
    <message>
        <source>Clean data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply and rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step and press Preview to see what it changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) reviewed.</source>
        <translation>
            <numerusform>%n suggestion reviewed.</numerusform>
            <numerusform>%n suggestions reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to suggest. Look at the whole recipe, then press Apply and rebuild.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) reviewed.</source>
        <translation>
            <numerusform>%n pair reviewed.</numerusform>
            <numerusform>%n pairs reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No more customers that look like the same person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (phone %2)
and
%3 (phone %4)

Similarity %5. Why: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(names a column this data lacks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out what the step changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names this data lacks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cleaning recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning recipe (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load cleaning recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe names columns this data lacks: %1. Those parts are skipped unless you remap them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning and rebuilding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1 customers, %2 orders, %3 customers merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleaningWords</name>
    <message>
        <source>%1 text cells have extra spaces or full-width (全角) characters. Tidy them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone numbers have spaces, dashes or +86, or were stored as numbers; %2 cannot be read. Standardise them and flag the unreadable ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 e-mail addresses have capital letters and %2 are not valid. Lower-case them, repair what can be repaired and flag the rest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender is written %1 ways; %2 values were not understood. Read more ways of writing it (男性, Mr, Ms, ...)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dates in %2 are written like 05.03.2024 and %3 of them only make sense day first. Read them day first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts use 万, a trailing minus or another way of writing ShopLens could not read at import. Read them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order rows are refunds or cancellations. Leave them out of the orders?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows look like tests (they contain 测试 or &quot;test&quot;). Leave them out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 order rows have no amount. Flag them for review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row of the same file exactly. Keep only the first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders are far above the shop&apos;s usual amounts (over %2). Flag them for review (they are not removed)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs of customers share a phone, e-mail or member no. through another file&apos;s rows. Merge them into one customer each?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pairs of customers look like the same person (similar name, phone ends the same). Review them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnFilterDialog</name>
    <message>
        <source>Filter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any part of the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave a box empty for no limit. Both ends are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper and lower case are treated alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a second run to compare two runs customer by customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: segments of the run shown; columns: segments of “%1”. Each cell counts the customers in both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <source>NOT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match the customers this group does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of these (AND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent, e.g. 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days, e.g. 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>file &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome window must be between 1 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The holdout share must be more than 0 and less than 1 (e.g. 0.1 for 10%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so no campaign can be saved in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace normally to create a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a bigger segment or tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person across sources: merge customers that share a phone, e-mail or member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two customers you confirmed are the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy text: trim spaces, full-width (全角) to half-width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: standard form, invalid ones flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise phone numbers; flag invalid ones (left out of customer keys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing {field}: leave the row out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing {field}: flag for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid value for {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step &quot;{name}&quot; has no parameter {unknown}. It takes: {takes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a ShopLens field. Fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step cannot be used on the field &quot;{name}&quot;. It works on: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidy text in {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standardise phone numbers; flag invalid ones (kept as digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses: lower case, repaired where possible, invalid ones flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment &quot;{label}&quot; in segmentation run {run_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segment &quot;{label}&quot; in any segmentation run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments of the newest run: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag &quot;{name}&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no tags yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segmentation run number {run_id} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown channel &quot;{channel}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose {channels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a campaign called &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {count} customer(s); a campaign with a holdout group needs at least 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign number {campaign_id} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign called &quot;{name}&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a cleaning step ShopLens knows. Known steps: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge customer {a} with {b}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{side}&quot; must name a customer by a key, e.g. [&quot;phone&quot;, &quot;13800138000&quot;] (key kinds: {key_fields}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender: every way of writing it to one form (M/F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates in mixed formats, read with the day-first setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts with currency marks, separators, 万 and trailing minus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing values: fill, drop the row, or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;{key}&quot; must be a list of field names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter &quot;{key}&quot; must be one of: {options} (it is &quot;{value}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dates in {fields} month first (03/05/2024 = 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dates in every date column month first (03/05/2024 = 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dates in every date column day first (05.03.2024 = 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact duplicate rows: keep the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender &quot;mapping&quot; must give &quot;M&quot; or &quot;F&quot; for each written form, e.g. {{&quot;先生&quot;: &quot;M&quot;}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fill missing values, give the value to fill in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds and cancellations: leave out, or net a refund against its order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test or internal orders: leave out or flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unusually large orders: flag for review (not removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;column&quot; must be the name of the column holding the original order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;k&quot; must be above 0 (3 is usual: higher flags fewer orders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;k&quot; and &quot;min_orders&quot; must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ShopLens cleaning recipe (it has no list of steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ShopLens cleaning recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of ShopLens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ShopLens to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run only applies with --segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--customers must be between 10 and 200000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be between 0 and 500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--k only applies to --scheme kmeans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set only applies together with --template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag definitions file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag definitions file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists, so the demo shop was not created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name for the demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the demo workspace does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name appeared while the demo shop was being built; it was left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an ordinary file (a socket or another special file), so ShopLens does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a named pipe, not an ordinary file, so ShopLens does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a device, not an ordinary file, so ShopLens does not read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not look like a text (CSV) file: it holds binary data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is a spreadsheet, save it as .xlsx or .csv and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the file in Excel or WPS to check that row, or save it again as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so ShopLens cannot read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it again, or export the data once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is a chart, not a table of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet with data (only charts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is empty: no row has any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row is outside the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen header row is empty; choose the row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is a web page (HTML) without a table of data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as .xlsx, or export the data as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no header row with column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was already imported into this workspace, so it was not imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To add newer data, export a new file from your system and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has a header row but no data rows, so there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the columns is matched to a ShopLens field, so nothing would be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field of at least the customer and order columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an orders file, but no column is matched to the order time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the order date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an orders file, but no column is matched to the paid amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which column holds the amount paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into smaller files (for example one per month) and import them one after another, or leave out the columns you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into smaller files (for example one per month) and import them one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the right sheet was chosen, or export the data again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found: it may have been moved, renamed or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dates in {fields} day first (05.03.2024 = 5 March)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the field whose missing values this step handles (not &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing {field}: fill with &quot;{value}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net refunds against their original order (original order no. in &quot;{column}&quot;); leave out other {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net refunds against their original order; leave out other {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out test orders ({rules})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag test orders ({rules})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag orders far above the shop&apos;s usual amounts (Q3 + {k:g} × IQR of log amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a list of: {statuses}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out {statuses} orders and negative amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of non-empty texts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step {index} in the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step {index} in the recipe (it has {count} steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number} of the recipe has no operation name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters of step {number} are not a list of names and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe file is not valid JSON ({reason}, line {lineno}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipe file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{start}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--remap {item}&quot; is not in the form OLD=NEW, for example --remap 原单号=退款原单号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;--map {item}&quot; is not in the form FIELD=COLUMN, for example --map phone=手机号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a ShopLens field. Fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{until}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{as_of}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag definitions file could not be read ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason} at line {lineno}, column {colno}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set &quot;{pair}&quot; must be NAME=NUMBER, e.g. lost_days=300.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens is not allowed to read this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read as CSV: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell is longer than {field_size_limit:,} characters, usually because a &quot; quote is opened and never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook could not be read: it is damaged or incomplete{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is {size} but would unpack to {unpacked}, far more than a spreadsheet&apos;s data needs, so ShopLens does not open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {listed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns were read as: {columns}. To choose, add --map FIELD=COLUMN for each (a column&apos;s name or number), for example {example}; --header-row N or --no-header if the header row was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no column &quot;{column}&quot; in this sheet. The columns are: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a field ShopLens knows. Known fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens is only guessing which columns to import ({named}), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hint} {mapping}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet has about {cells:,} cells (rows × columns), more than the {limit:,} ShopLens can import at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is {size:,.0f} MB, more than the {limit:,.0f} MB ShopLens reads from one text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet has {columns:,} columns, more than the {max_columns:,} a spreadsheet can have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a real {suffix} workbook: its contents are not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it in Excel or WPS if it is open there, or copy it to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to read on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no paid orders to check the predictions against.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an earlier date for the end of the calibration period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calibration period ends before the first order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use days or weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders first, or choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import more orders (a longer period), or choose a later date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The monthly discount rate must be between 0 and 1 (e.g. 0.01 for 1% a month).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so no customer can be removed from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other copy of ShopLens that has it open, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is not a database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy still holds the customer&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the customer to forget by exactly one of: customer ID, phone number, e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this orders file identifies the customer or the order: no column is matched to a member no., phone, e-mail, customer ID, WeChat ID or order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever manages this computer for access, or copy the file to another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the file is genuine, open it in Excel or WPS and save it as CSV, then import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that names the customer or the order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column identifies a customer (member no., phone, e-mail, customer ID or WeChat ID), so these rows cannot be told apart as customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that identifies each customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name with one of these endings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for this file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sms, email, wechat or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens cannot read &quot;{value}&quot; files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the data as one of: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This {suffix} file is an &quot;XML Spreadsheet 2003&quot; file, which ShopLens cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text file has no sheets, so there is no sheet &quot;{sheet}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {header_row} is not in the sheet (its last row with data is {last}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: no row has any text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders after {day_date} to compare the predictions with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time unit &quot;{unit}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no paid orders of known customers in the calibration period, so there is nothing to predict from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no paid orders of known customers, so there is nothing to predict from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {repeat} customers bought more than once in the calibration period; predictions need at least {minimum} repeat buyers to say anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {repeat} customers bought more than once; predictions need at least {minimum} repeat buyers to say anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no orders after {until} to compare the predictions with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer, imported row or backup copy in this workspace has the phone number {value}, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer, imported row or backup copy in this workspace has the e-mail {value}, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with ID {customer_id} in this workspace, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a phone number ShopLens can read, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an e-mail address ShopLens can read, so nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{name}&quot; does not end in {suffixes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column {unknown}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, and every export must be written to its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace normally to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no segmentation run yet, so there is no segment report to make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment the customers first (shoplens segment, or Segments in the app).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no segmentation run yet, so there is no segment to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no tags yet, so there is nothing to export by tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create tags first, or export a segment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose rfm-cn8, rfm-grid or kmeans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a purchase before this date, so there is nothing to segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import orders first, or choose a later as-of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom scheme needs its segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no predictions to group by yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Predict first, then segment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers are too alike to be split into groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an RFM scheme instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for at least 2 groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer groups, or import more orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer groups or add metrics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import more orders, or use an RFM scheme instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom scheme needs at least one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the segments so that every score cell belongs to exactly one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag holds name_en, name_zh, layer, colour, description and rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A definitions file holds &quot;tags&quot; and &quot;groups&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>`shoplens tags WS` lists the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new tag another name, or edit the existing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import data that holds it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List them with: shoplens backups WS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an older copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no healthy backup copy of this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace&apos;s lock file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the other copy, then open the workspace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ShopLens workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To bring a spreadsheet in, open or create a workspace and import the file into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a database file, but not a ShopLens workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged (its integrity check failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from a backup copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update ShopLens to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens is not allowed to read this workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever manages this computer for access to it, or open a copy of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace file is incomplete and cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program created a file with this name at the same moment, so a new workspace was not created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open that workspace once it is ready, or choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens is not allowed to create a file in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of ShopLens is creating this workspace right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists, so a new workspace was not created there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top must be between 1 and 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rules cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders name no products and no categories, so there is nothing to suggest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map the product (or category) column when importing orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no action called &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action &quot;{name}&quot; is switched off: its tag was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the action first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period ShopLens knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use last30, month, quarter, year or a range written YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period &quot;{text}&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the first day first: YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report cannot be written in &quot;{lang}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown paper size &quot;{paper}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown segmentation method &quot;{method}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These metrics do not exist: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are only {n} customers with purchases, fewer than the {k} groups asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {distinct} customers differ in these metrics, fewer than the {k} groups asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are too few different customers ({distinct}) to find groups automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run {run_id} has no segment &quot;{label}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segmentation run number {key} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown scheme &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The threshold must be &quot;mean&quot; or &quot;median&quot;, not &quot;{threshold}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme &quot;{name_en}&quot; cannot be used: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two segments share the key &quot;{seg_key}&quot;; give each segment its own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;{name_en}&quot;: the {dim} scores must be between 1 and 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;{name_en}&quot;: the {dim} scores must be whole numbers 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is known as &quot;{who}&quot; (member no., customer ID, phone, e-mail or the ID the data browser shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{who}&quot; names {n} customers; use a member no. or the ID the data browser shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator &quot;{op}&quot; does not apply to the field &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator &quot;{op}&quot; does not apply to the text field &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag snapshot number {snapshot_id} in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot {snapshot_id} is too old: only its counts are kept, not who had the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a text, not {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is longer than {max_name} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown layer &quot;{layer}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers: {layer_keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: colour &quot;{colour}&quot; is not a colour written like #3366cc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a tag must be an object with name_en, name_zh, layer and rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: unknown entries {extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;rule&quot; is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: a group must be an object with name_en, name_zh, layer and values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: &quot;values&quot; must be a non-empty list of tags, checked in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}the file must hold {{&quot;tags&quot;: [...], &quot;groups&quot;: [...]}} or a list of tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}unknown entries {extra}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}&quot;tags&quot; and &quot;groups&quot; must be lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}the file defines no tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix}two tags are called &quot;{name}&quot;; each tag needs its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rule is nested too deeply or is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule part must be an object like {{&quot;field&quot;: ..., &quot;op&quot;: ..., &quot;value&quot;: ...}}, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rule part needs &quot;field&quot; and &quot;op&quot; (or &quot;all&quot;, &quot;any&quot;, &quot;not&quot;); found {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition cannot hold {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown operator &quot;{raw_op}&quot; (on field &quot;{field}&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator &quot;{key}&quot; does not apply to &quot;{field}&quot;, which is a {kind} field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a text, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is empty; to find customers without a value, use &quot;is empty&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a number, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;not&quot; part cannot also hold {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known fields: {fields}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known operators: {operators}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;{join}&quot; part cannot also hold {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{join}&quot; needs a list of rule parts, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a list of two values [from, to], not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: the first value ({low}) is larger than the second ({high}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a date written YYYY-MM-DD, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a non-empty list, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a percentage above 0 and at most 100, not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} must be a whole number of days (0 or more), not {short}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag called &quot;{tag}&quot; in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag &quot;{name_en}&quot;: unknown layer &quot;{layer}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group &quot;{name_en}&quot; has no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;{name_en}&quot; has not been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag &quot;{name_en}&quot; no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; is already used by the tag &quot;{other}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle: the days must grow from Active ({active}) to Silent ({silent}) to Lost ({lost}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value tiers: the top ({top:g}%) and bottom ({bottom:g}%) together exceed 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag template called &quot;{key}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates: {templates}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{group_en}: no customer has a value for &quot;{label_en}&quot; yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name_en}: unknown setting &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name_en}: &quot;{label_en}&quot; must be a number from {minimum:g} to {maximum:g}, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup copy called &quot;{name}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup copy is damaged and cannot be restored: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{user} on {host} has this workspace open since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close it there first, or open it read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed. {user} on {host} has had it open since {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of ShopLens (format {version}; this copy reads up to {schema_version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another name, or open the existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the new workspace does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed: its folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed: the file itself is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be read ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged and cannot be read ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file could not be created ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace can only be opened read-only: its folder cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace can only be opened read-only: the file itself is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, copy it to a folder you can write to (such as Documents) and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomPage</name>
    <message>
        <source>Your own tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: combine conditions with AND / OR; the preview shows who matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also create a tag with my own rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active customers (last 90 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to calculate the dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard could not be calculated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1 (the day after the last order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet: import a sales export to fill the dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a segmentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chart appears once sales orders are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a segmentation to see the size and revenue share of each segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a KMeans segmentation to see the customer groups side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a segmentation with KMeans groups to see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough data for this chart yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Search name, phone, member no. or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search order no., customer name, phone or member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export these customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contact details of the customers shown (search and filters applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort; right-click to filter this column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefaultSegmentationOffer</name>
    <message>
        <source>Segment my customers now (China&apos;s eight customer types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer is high or low in recency, frequency and spend against the shop&apos;s mean. You can rename the segments, run another scheme or delete this run later under Segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: the customers are segmented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export a contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose contact details do you want to export?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mask phones and e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones as 138****5678 and e-mails as a***@example.com, for lists that leave the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include customers who refused marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for service messages (an order is ready, a change of opening hours), never for promotions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers in the segment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers with the tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) in the current list.</source>
        <translation>
            <numerusform>The %n customer in the current list.</numerusform>
            <numerusform>The %n customers in the current list.</numerusform>
        </translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s); none refused marketing by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s); %3 refused marketing by %2 and will be INCLUDED, as you asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customer(s); %3 refused marketing by %2 and will be left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n customer to %1.</numerusform>
            <numerusform>Wrote %n customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused marketing.</source>
        <translation>
            <numerusform>Left out %n who refused marketing.</numerusform>
            <numerusform>Left out %n who refused marketing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no contact for this channel.</source>
        <translation>
            <numerusform>%n of them have no contact for this channel.</numerusform>
            <numerusform>%n of them have no contact for this channel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick the spreadsheets exported from your till, online shop or member system. You can pick several at once; each is checked right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens reads Excel (.xlsx, .xls, .xlsm, .xlsb), OpenDocument (.ods) and text files (.csv, .tsv, .txt) in any common encoding, including GBK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sheets: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the files that cannot be read to go on (or fix them and add them again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForgetCustomer</name>
    <message>
        <source>Forget %1?

ShopLens will remove this customer from every table, from the imported rows and from every backup copy (%2 now), so their name, phone number and e-mail are left nowhere in the files. The audit log will only record that a customer was forgotten.

This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was forgotten: %1 rows removed (%2 imported rows), %3 backup copies rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These backup copies could not be rewritten; delete them by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer could not be forgotten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every screen, report and command counts these figures the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Choose a period to work out the figures again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · vs previous period: %2 · vs last year: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet: import a sales export (a till or online-shop export, Excel or CSV) and Home fills in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At stake: %1 predicted over the next 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At stake: worked out once the predictions are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from an action above: a holdout group is kept back, and after the next import Home says whether it worked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this campaign&apos;s results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (from Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyers, %1 (from Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the last import (from Home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this week&apos;s action)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeWords</name>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file is saved in one step: if you stop, the file being imported is left out completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linking customers and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updating customer figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping… the file being imported is being rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 phone numbers in column &quot;%2&quot; were stored as numbers; they are restored as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phone numbers in column &quot;%2&quot; are in scientific notation (like 1.38E+10), so their last digits were lost in the spreadsheet. Export the file again with the column formatted as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows have no readable order time, so they are not counted as orders (rows %2). They stay in the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows name no customer (no member no., phone, e-mail or customer ID); they count as sales without a known customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers have no member no., phone, e-mail or customer ID; they are imported but cannot be linked to orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row exactly. Each is kept: in a file without order numbers every row is a purchase of its own. If the file is known to list rows twice, add the cleaning step “Exact duplicate rows: keep the first”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders have no readable amount; they are counted with amount 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in this file share keys with two different customers already in the workspace. They were linked to the strongest match (member no., then phone, then e-mail); review them under Cleaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values in column &quot;%2&quot; could not be read as %3; they are left empty (rows %4). The original text stays in the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title above the column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column names repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note below the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usual name for this field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name contains &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of the name say: customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of the name say: amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of the name say: date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the words of the name say: quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an id whose values repeat, as a customer&apos;s do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only says it is an id: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in your saved template &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values look like e-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values look like phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values look like genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values look like dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the values look like amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders (each linked to its customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a customer list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Home: what changed since this import and this week&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KMeansPanel</name>
    <message>
        <source>Metrics to group customers by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “Predict customer value…” first to group customers by predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the number of groups myself:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups (k)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silhouette score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How clearly the groups stand apart, from -1 to 1: higher is clearer. The number of groups with the highest score is chosen unless you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are only %1 customers with purchases, fewer than the %2 groups asked for. Ask for fewer groups, or import more orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding groups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Change a setting to search again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best silhouette score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 groups (%2) among %3 customers with purchases.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Click to see these customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary of figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ShopLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens workspaces (*.shoplens);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens workspaces (*.shoplens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers · %2 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo shop could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo shop (about a minute)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the demo shop was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace first (or open the demo shop), then drop the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens writes its log to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ShopLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens %1: customer profiles and segments from a shop&apos;s spreadsheets.

Chinese text uses the WenQuanYi Micro Hei font (Apache-2.0).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the whole sheet and looking at the values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the values with your choice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows will be imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns match your saved import template “%1”, so your choices from last time are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the guesses. Click a field to change it; columns you do not import are still kept with the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What ShopLens noticed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found in the values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How should customers be segmented?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every method puts each customer in exactly one segment. You can run several and compare them later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China&apos;s eight customer types (RFM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency, frequency and spend are each high or low against the shop&apos;s mean or median: Important value, Important win-back, General development, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R×F grid (ten segments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency and frequency scored 1 to 5 and grouped into ten segments: Champions, Loyal, New customers, At risk, Hibernating, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the R×F grid and decide which scores belong to which segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KMeans groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the computer find groups of similar customers and name them in plain words; good for discovering patterns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementTab</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier snapshot of this scheme yet. After the next import (or another run of the same scheme), this shows how many customers moved from which segment to which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: %3 customers changed segment, %4 stayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in run)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Settings and live counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency and the other metrics are counted up to the day before this date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each customer is high or low in recency, frequency and spend against the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency and frequency are scored 1 to 5; the 25 cells form ten segments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each segment the R and F scores it takes; every cell must belong to exactly one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers are grouped by similar metrics; the number of groups is chosen by the silhouette score unless you choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the day after the last order is %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictDialog</name>
    <message>
        <source>Predicted customer value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the predictions to see how well they match the later orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens learns from each customer&apos;s orders how likely they are to buy again and what they may spend. The predictions appear on every profile card and in tag rules, and are refreshed after every import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: settings, model parameters and the check chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money next year is worth a little less than money today: the 12-month value discounts each month by this rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly discount rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold out the last third of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibration ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase rate: shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchase rate: scale (time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout after a purchase: a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropout after a purchase: b</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend level: shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spend level: scale (money)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order value: shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet. Run predictions to see who is likely to buy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No predictions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From orders through %1 (time unit: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, %2 of them bought more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected purchases in the next 90 days: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to buy again in the next 12 months: high for %1 customers, medium for %2, low for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected spend in the next 12 months, all customers together: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the orders through %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked on later orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check came close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check came fairly close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was rough; treat the figures as a rough guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the later orders, the model expected %1 purchases and customers made %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitted on orders through %1, the model expected %2 purchases by these customers up to %3; they made %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitting the models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictSection</name>
    <message>
        <source>Predicted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not predicted yet: Predict… fits the models on this shop&apos;s orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From orders through %1 (BG/NBD and Gamma-Gamma models).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No prediction: this customer had no orders by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected orders, next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn risk (no order in 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected spend per order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected next order (if still active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not within 5 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely to buy again in the next 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected spend, next 12 months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next order expected around %1, if still a customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted 12-month value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check where the data starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of column names was found: every row is data, and the columns are numbered. If a row does hold the column names, untick the box below and choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlighted row holds the column names; rows above it are not imported. If it is the wrong row, click the right one and press “Use as column names”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column names are on row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row is data: the file has no column names (the columns are called Column 1, Column 2, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runs of spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces into fixed-width columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 text separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer is no longer in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys from every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member-list history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders, %2 (from the member list, counted apart from the imported orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paid orders in the imported sales data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>How complete and readable each field is with the cleaning recipe as it stands now (nothing is changed until you apply it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the data with this recipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1 read, %2 kept, %3 left out by the recipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact duplicate rows in the imports: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers merged in the last cleaning: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged for review: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Segment report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A printable report: a cover, the summary, one page per segment with its profile, recommended action and top customers (phones masked), and the dashboard&apos;s charts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report shows the segments of a segmentation run, and there is none yet. Segment the customers now with the default scheme, then preview, print or save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (as of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customers are segmented: preview, print or save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s).</source>
        <translation>
            <numerusform>The report has %n page.</numerusform>
            <numerusform>The report has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Print a segment report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a contact list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers buy together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no segmentation yet, so the segment report and the segment chart have nothing to show. Segment the customers now with the default scheme (you can choose another under Segments).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens keeps copies of “%1” before risky changes and once a day while it is used. Restoring a copy puts the workspace back as it was then; the workspace as it is now is copied first, so a restore can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the backup copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 backup copies in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backup copies of this workspace yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before forgetting a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the workspace back as it was on %1 (%2 customers, %3 orders)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace as it is now is copied first. Changes made after that date are only in that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Show skipped rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files imported: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows read: %1; rows skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders added: %1; already in the workspace: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them count as paid orders in the figures; the other %2 are refunds, cancellations or orders without a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers: %1; matched to existing customers: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your saved cleaning recipe (%1 steps) was applied to the new rows too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing from this file was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: “See what to do” opens Home, with what changed since this import and this week&apos;s actions for your customers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians are shown as segment / whole shop. Double-click a name or an action to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: nothing was saved. Press Back to change the settings, or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means are shown as segment / whole shop, because these segments are defined against the shop&apos;s mean. Double-click a name or an action to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers in %2 segments, as of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RfmPanel</name>
    <message>
        <source>Compare each customer with the shop&apos;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median (middle customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the grid above to see the counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers, as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>What customers buy together and next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patterns in this shop&apos;s own orders, strongest first. &quot;Next&quot; means on the customer&apos;s next visit; &quot;how often&quot; is the share of those customers (or orders) that did, and &quot;times usual&quot; compares it with all returning customers (or all orders). Suggestions on each profile card come from these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too few orders to find a pattern yet. Suggestions appear once several customers buy the same products together or one after another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support %1, confidence %2, lift %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the segmentation run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run is kept in the workspace with its members. After every import its segments are updated, so you can see how customers move between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers as of %2 in these segments: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>Name of your scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores are 1 to 5: write 4-5, or 1,2, or 3. R 5 = bought most recently, F 5 = buys most often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the R×F grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which segment each score cell belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot;: write the scores as numbers 1 to 5, e.g. 4-5 or 1,2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score cells belong to more than one segment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 score cells belong to no segment: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the scores so that every cell belongs to exactly one segment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every one of the 25 score cells belongs to exactly one segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentBrowser</name>
    <message>
        <source>No segmentation run yet. Run a segmentation to see your customers&apos; segments, their members and recommended actions, and later how customers move between segments after each import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a segmentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segmentation run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New segmentation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict customer value…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is likely to come back, and what each customer is worth (BG/NBD and Gamma-Gamma models)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segments and members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and recommended action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (English):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (Chinese):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the contact details of this segment&apos;s members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this segment a message, with a holdout group that shows what the message brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, phone or member no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a customer to open the profile card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 — as of %3, %4 customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of them are known only from a member list&apos;s purchase history (累计消费, 消费次数): that history is counted apart from the imported orders, so they are here and not among the buyers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the segmentation run “%1” with its members and history? Your customers and orders stay.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentationWizard</name>
    <message>
        <source>Days since last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days as a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical days between orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend in the last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of orders with a discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: chance still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: orders in the next 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted: value over 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetUpActions</name>
    <message>
        <source>This week&apos;s actions are not set up for this shop yet: its orders came in before ShopLens made them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set them up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the China-8 segmentation, the lifecycle and value tags and one tag per action (and predictions where the data allows). You can edit or delete any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting up this week&apos;s actions…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many backup copies to keep; older ones are deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only before risky changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy is made when the workspace is opened and the newest copy is older than this; copies are always made before cleaning or a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup copies kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone region is used for numbers written without a country code; the time zone is the one the shop&apos;s exports use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to change its currency, phone region and time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a region code (use two letters, such as CN, HK, US).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (use a name such as Asia/Shanghai).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The currency symbol can be at most five characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart, no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sheet holds the data? Choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sheet holds the data? The first visible sheet, “%1”, is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which sheet holds the data? “%1” is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkippedRowsDialog</name>
    <message>
        <source>Skipped rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These rows were not imported as data. They are titles, totals, notes or empty rows; the original file is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Customers who buy %1 often buy %2 next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who buy %1 are more likely to buy %2 next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who buy %1 often buy %2 in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers who buy %1 are more likely to buy %2 in the same order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of the shop&apos;s most popular, not bought recently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers who buy %1 often buy it next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers who buy %1 are more likely to buy it next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>often bought in the same order as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more likely bought in the same order as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What customers buy together…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to add the data to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will not be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import: %1, as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped (not data): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row exactly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved import template “%1” matched: your earlier column choices are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved import template matched; your column choices will be saved as a template for the next file like this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns imported as ShopLens fields: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These tags will be saved and kept up to date after every import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing chosen: go back to pick templates or a rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>Filter a column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a given list of %n customer(s)</source>
        <translation>
            <numerusform>a given list of %n customer</numerusform>
            <numerusform>a given list of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 orders loaded; counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 customers loaded; counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 orders loaded (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers loaded (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditDialog</name>
    <message>
        <source>Edit tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the tag an English name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>New tags…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-count now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since last refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Click “New tags…” to start from ready-made templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tag to see how it grew or shrank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts at each refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the refresh before: %1 entered, %2 left, %3 stayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Its history stays readable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagWizard</name>
    <message>
        <source>Set up tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving and counting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Choose ready-made tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the templates to use. You can adjust their thresholds on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdPage</name>
    <message>
        <source>Adjust the thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counts update as you change a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings need a change first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ShopLens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ShopLens turns your shop&apos;s spreadsheets (till and online-shop orders, member lists) into customer profiles and segments. Everything stays in one workspace file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small tea shop with two years of sales, to look around</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty and import your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with a .shoplens file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: drag spreadsheet files (.xlsx, .xls, .csv, …) onto this window to import them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The computer ran out of memory. Close other programs, or split the file into smaller files, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Check that it is not open in another program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside ShopLens (%1). Please try again; if it happens again, send the log file to your supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceGuard</name>
    <message>
        <source>Restoring %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace was restored from the backup copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file as it was is kept as the backup copy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder with the ending .damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest healthy backup copy is from %1 (%2 customers, %3 orders). Restore it? The damaged file is kept beside the backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: the workspace&apos;s folder cannot be written to. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: the workspace file itself is read-only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: %1 on %2 has this workspace open since %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again to open the workspace for editing (after the other copy has closed it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>This page could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
