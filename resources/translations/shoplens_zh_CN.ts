<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>ActionCard</name>
    <message>
        <source>Start campaign…</source>
        <translation>发起营销活动…</translation>
    </message>
    <message>
        <source>Export list…</source>
        <translation>导出联系人名单…</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>查看客户</translation>
    </message>
    <message>
        <source>Show these customers in the data browser</source>
        <translation>在数据页面查看这些客户</translation>
    </message>
    <message>
        <source>Rule…</source>
        <translation>规则…</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Switch on again</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Make this action&apos;s tag again</source>
        <translation>重新创建这项行动的标签</translation>
    </message>
    <message>
        <source>Open the tag that picks these customers: edit its rule or delete it</source>
        <translation>打开选出这些客户的标签：可编辑规则或删除</translation>
    </message>
</context>
<context>
    <name>AnalysesStatus</name>
    <message>
        <source>Updating predictions and suggestions…</source>
        <translation>正在更新预测和建议商品…</translation>
    </message>
    <message>
        <source>The imported data can be used already; predicted values and suggested products follow when this is done.</source>
        <translation>导入的数据已经可以使用；预测价值和建议商品将在此完成后更新。</translation>
    </message>
    <message>
        <source>Predictions and suggestions could not be updated: %1</source>
        <translation>预测和建议商品未能更新：%1</translation>
    </message>
    <message>
        <source>Stopped: predictions and suggestions will be updated when this workspace is next opened.</source>
        <translation>已停止：下次打开此工作区时将更新预测和建议商品。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Something went wrong inside ShopLens (%1). Your workspace was not changed by the failed step.</source>
        <translation>ShopLens 内部出错（%1）。失败的这一步没有改动您的工作区。</translation>
    </message>
    <message>
        <source>The details were written to the log file:
%1
Please send it to your supplier.</source>
        <translation>详细信息已写入日志文件：
%1
请将它发给您的供应商。</translation>
    </message>
    <message>
        <source>ShopLens: unexpected error</source>
        <translation>ShopLens：意外错误</translation>
    </message>
</context>
<context>
    <name>AudienceChooser</name>
    <message>
        <source>A segment:</source>
        <translation>一个客户分群：</translation>
    </message>
    <message>
        <source>Customers with a tag:</source>
        <translation>带某个标签的客户：</translation>
    </message>
    <message>
        <source>(no segmentation run yet)</source>
        <translation>（还没有分群方案）</translation>
    </message>
    <message>
        <source>(no tags yet)</source>
        <translation>（还没有标签）</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Exports and reports</source>
        <translation>导出与报告</translation>
    </message>
    <message>
        <source>Cleaning and merges</source>
        <translation>清洗与合并客户</translation>
    </message>
    <message>
        <source>Erasures</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>创建工作区</translation>
    </message>
    <message>
        <source>Workspace upgraded</source>
        <translation>工作区已升级</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Demo shop built</source>
        <translation>生成演示店铺</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>清洗</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>重建</translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation>已删除客户</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restored from backup</source>
        <translation>已从备份恢复</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Segmentation</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Segmentation deleted</source>
        <translation>删除分群方案</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>更改设置</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Campaign created</source>
        <translation>创建营销活动</translation>
    </message>
    <message>
        <source>Campaign deleted</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Tags added</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>Tag template</source>
        <translation>标签模板</translation>
    </message>
    <message>
        <source>%1: %2 rows, %3 new customers, %4 new orders</source>
        <translation>%1：%2 行，新增客户 %3 位，新增订单 %4 笔</translation>
    </message>
    <message>
        <source>%1 rows to %2 (channel %3, %4 left out for refusing)</source>
        <translation>%1 行导出到 %2（渠道 %3，%4 位已退订未导出）</translation>
    </message>
    <message>
        <source>%1 customer(s) and %2 rows removed; %3 backup copies rewritten</source>
        <translation>已删除 %1 位客户和 %2 行数据；已重写 %3 份备份</translation>
    </message>
    <message>
        <source>%1 steps, %2 customers merged</source>
        <translation>%1 个清洗步骤，合并客户 %2 位</translation>
    </message>
    <message>
        <source>%1 customers from %2 files</source>
        <translation>%1 位客户，来自 %2 个文件</translation>
    </message>
    <message>
        <source>%1 imports replayed</source>
        <translation>重放 %1 次导入</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Every import, export, merge and erasure in this workspace, with the computer user who did it and when. Customer data is never written here.</source>
        <translation>本工作区的每一次导入数据、导出、合并客户和删除客户，以及操作的电脑用户和时间。这里从不记录客户数据。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 条记录</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <source>Most of the group gets your message; a holdout group picked at random does not. After the window, comparing the two shows what the campaign itself brought.</source>
        <translation>大多数客户会收到您的信息；随机抽取的对照组不会收到。观察期结束后，比较两组即可看出活动本身带来的效果。</translation>
    </message>
    <message>
        <source>e.g. June coupon for sleeping customers</source>
        <translation>例如：沉睡客户六月优惠券</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Customers:</source>
        <translation>目标客户：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>开始日期：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>A purchase within this many days from the start counts.</source>
        <translation>自开始日期起这么多天内的购买计入结果。</translation>
    </message>
    <message>
        <source>Outcome window:</source>
        <translation>结果观察期：</translation>
    </message>
    <message>
        <source>The share of the group that does not get the message.</source>
        <translation>不收到信息的客户所占比例。</translation>
    </message>
    <message>
        <source>Holdout group:</source>
        <translation>对照组：</translation>
    </message>
    <message>
        <source>optional, e.g. JUNE10</source>
        <translation>可选，例如 JUNE10</translation>
    </message>
    <message>
        <source>Orders that carry this code are counted as redemptions.</source>
        <translation>带有此券码的订单计为核销。</translation>
    </message>
    <message>
        <source>Coupon code (message):</source>
        <translation>优惠券码（收到信息）：</translation>
    </message>
    <message>
        <source>optional; usually empty</source>
        <translation>可选；通常留空</translation>
    </message>
    <message>
        <source>Coupon code (holdout):</source>
        <translation>优惠券码（对照组）：</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <source>Create campaign</source>
        <translation>创建营销活动</translation>
    </message>
    <message>
        <source>This workspace has no segments or tags yet. Segment the customers or create tags first.</source>
        <translation>此工作区还没有客户分群或标签。请先进行客户分群或创建标签。</translation>
    </message>
    <message>
        <source>Creating the campaign…</source>
        <translation>正在创建营销活动…</translation>
    </message>
    <message>
        <source>Stopped. No campaign was created.</source>
        <translation>已停止，未创建营销活动。</translation>
    </message>
</context>
<context>
    <name>CampaignResultsView</name>
    <message>
        <source>Export the contact list of those who get the message…</source>
        <translation>导出收到信息客户的联系人名单…</translation>
    </message>
    <message>
        <source>Delete campaign…</source>
        <translation>删除营销活动…</translation>
    </message>
    <message>
        <source>%1 · %2 · from %3 for %4 days · %5 get the message, %6 held out</source>
        <translation>%1 · %2 · 自 %3 起 %4 天 · %5 位收到信息，%6 位为对照组</translation>
    </message>
    <message>
        <source>Holdout group drawn at random with seed %1 (the same seed draws the same group again).</source>
        <translation>对照组以随机种子 %1 随机抽取（相同的种子会抽出相同的对照组）。</translation>
    </message>
    <message>
        <source>coupon %1</source>
        <translation>优惠券 %1</translation>
    </message>
</context>
<context>
    <name>CampaignWords</name>
    <message>
        <source>Not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>Window not over yet</source>
        <translation>观察期未结束</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The holdout group has fewer than %1 customers, so chance alone can hide or fake an effect. Hold out a bigger share, or choose a bigger group.</source>
        <translation>对照组不足 %1 位客户，偶然因素就可能掩盖或制造出效果。请提高对照组比例，或选择更大的客户群。</translation>
    </message>
    <message>
        <source>Fewer than %1 customers would get the message.</source>
        <translation>收到信息的客户将不足 %1 位。</translation>
    </message>
    <message>
        <source>At this size only a big effect can be seen: the campaign would have to make at least %1 more customers in every 100 buy before the difference is clear.</source>
        <translation>这个规模只能看出很大的效果：活动要让每 100 位客户中至少多 %1 位购买，差异才会明显。</translation>
    </message>
    <message>
        <source>The data does not reach back a whole window before the start date, so the group&apos;s usual buying rate is unknown; the smallest visible lift is worked out for 10 in 100.</source>
        <translation>数据不足以覆盖开始日期之前的一个完整观察期，因此无法得知这批客户平时的购买率；可检测的最小提升按每 100 人中 10 人购买估算。</translation>
    </message>
    <message>
        <source>%1 customers: %2 get the message, %3 are held out.</source>
        <translation>%1 位客户：%2 位收到信息，%3 位作为对照组。</translation>
    </message>
    <message>
        <source>Usually %1% of them buy within a window this long.</source>
        <translation>平时在同样长的时间内有 %1% 的客户会购买。</translation>
    </message>
    <message>
        <source>Smallest lift this campaign can detect: %1 points (80% power, 5% significance).</source>
        <translation>本活动可检测的最小提升：%1 个百分点（检验效能 80%，显著性水平 5%）。</translation>
    </message>
    <message>
        <source>The groups are too small to detect any lift.</source>
        <translation>组别太小，无法检测出任何提升效果。</translation>
    </message>
    <message>
        <source>The campaign worked</source>
        <translation>活动有效</translation>
    </message>
    <message>
        <source>The campaign probably worked</source>
        <translation>活动可能有效</translation>
    </message>
    <message>
        <source>Not clear yet</source>
        <translation>尚无定论</translation>
    </message>
    <message>
        <source>The campaign did not work</source>
        <translation>活动无效</translation>
    </message>
    <message>
        <source>no orders from %1 on have been imported yet.</source>
        <translation>尚未导入 %1 及以后的订单。</translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers than the holdout group.</source>
        <translation>每 100 位客户比对照组多 %1 位购买。</translation>
    </message>
    <message>
        <source>%1 fewer buyers per 100 customers than the holdout group.</source>
        <translation>每 100 位客户比对照组少 %1 位购买。</translation>
    </message>
    <message>
        <source>at most %1 more buyers per 100 customers than the holdout group, too few to matter.</source>
        <translation>每 100 位客户最多比对照组多 %1 位购买，效果太小。</translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers than the holdout group, but a difference this size could still be chance.</source>
        <translation>每 100 位客户比对照组多 %1 位购买，但这样的差异仍可能是偶然。</translation>
    </message>
    <message>
        <source>the difference could be anywhere from %1 to %2 buyers per 100 customers; larger groups or a longer window would tell.</source>
        <translation>差异可能在每 100 位客户 %1 到 %2 位之间；需要更大的组或更长的观察期才能判断。</translation>
    </message>
    <message>
        <source>%1 more buyers per 100 customers so far; the window runs to %2.</source>
        <translation>目前每 100 位客户比对照组多 %1 位购买；观察期至 %2。</translation>
    </message>
    <message>
        <source>the outcome window runs to %1; wait for the data to cover it.</source>
        <translation>观察期至 %1；请等待数据覆盖整个观察期。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No orders from %1 on have been imported yet; the results appear after the next import.</source>
        <translation>尚未导入 %1 及以后的订单；下次导入后即可查看结果。</translation>
    </message>
    <message>
        <source>Customers who got the coupon</source>
        <translation>收到优惠券的客户</translation>
    </message>
    <message>
        <source>Customers who got the message</source>
        <translation>收到营销信息的客户</translation>
    </message>
    <message>
        <source>%1 bought %2 points more often than the holdout group (95% CI %3 to %4); %5.</source>
        <translation>%1的购买率比对照组高 %2 个百分点（95% 置信区间 %3 至 %4）；%5。</translation>
    </message>
    <message>
        <source>%1 bought %2 points less often than the holdout group (95% CI %3 to %4); %5.</source>
        <translation>%1的购买率比对照组低 %2 个百分点（95% 置信区间 %3 至 %4）；%5。</translation>
    </message>
    <message>
        <source>%1 bought exactly as often as the holdout group (95% CI %3 to %4 points); %5.</source>
        <translation>%1的购买率与对照组相同（95% 置信区间 %3 至 %4 个百分点）；%5。</translation>
    </message>
    <message>
        <source>A difference this size is unlikely to be chance.</source>
        <translation>这样大小的差异不太可能是偶然。</translation>
    </message>
    <message>
        <source>A difference this size could be chance.</source>
        <translation>这样大小的差异可能只是偶然。</translation>
    </message>
    <message>
        <source>The outcome window runs to %1, but the data only reaches %2: these are the figures so far.</source>
        <translation>结果观察期至 %1，但数据只到 %2：以下为目前的数字。</translation>
    </message>
    <message>
        <source>%1 customer(s) of the campaign can no longer be found on their own (removed by cleaning, or merged with another member) and are not counted.</source>
        <translation>活动中有 %1 位客户已无法单独找到（被清洗删除，或与另一位成员合并），未计入结果。</translation>
    </message>
    <message>
        <source>Bought within %1 days: %2% of those who got it (%3 of %4), %5% of the holdout group (%6 of %7).</source>
        <translation>%1 天内有购买：收到信息的客户 %2%（%4 人中 %3 人），对照组 %5%（%7 人中 %6 人）。</translation>
    </message>
    <message>
        <source>Relative lift: %1% (95% CI %2% to %3%).</source>
        <translation>相对提升：%1%（95% 置信区间 %2% 至 %3%）。</translation>
    </message>
    <message>
        <source>The groups are small, so the p-value comes from Fisher&apos;s exact test.</source>
        <translation>组别较小，p 值采用 Fisher 精确检验。</translation>
    </message>
    <message>
        <source>Revenue per customer: %1 against %2, a difference of %3 (95% CI %4 to %5).</source>
        <translation>人均收入：%1 对比 %2，相差 %3（95% 置信区间 %4 至 %5）。</translation>
    </message>
    <message>
        <source>The imported orders carry no coupon codes, so redemptions cannot be counted.</source>
        <translation>导入的订单没有优惠券码，无法统计核销情况。</translation>
    </message>
    <message>
        <source>Coupon %1: used in %2 order(s) by %3 customer(s) (%4 who got the message, %5 in the holdout group, %6 not in the campaign).</source>
        <translation>优惠券 %1：%3 位客户使用了 %2 次（收到信息的 %4 位，对照组 %5 位，活动以外 %6 位）。</translation>
    </message>
    <message>
        <source>%1 points (%2 to %3)</source>
        <translation>%1 个百分点（%2 至 %3）</translation>
    </message>
</context>
<context>
    <name>CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>新建营销活动…</translation>
    </message>
    <message>
        <source>Working out the results…</source>
        <translation>正在计算结果…</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>提升效果</translation>
    </message>
    <message>
        <source>%1, from %2 for %3 days</source>
        <translation>%1，自 %2 起 %3 天</translation>
    </message>
    <message>
        <source>No campaign yet. A campaign sends your message to most of a segment or tag and holds a few customers back at random; after the next imports you see what the message brought.</source>
        <translation>还没有营销活动。营销活动把您的信息发给某个客户分群或标签中的大多数客户，并随机留出少数客户作为对照组；之后导入新数据，即可看到信息带来的效果。</translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s). Choose one to see its results.</source>
        <translation>
            <numerusform>共 %n 个营销活动。选择一个查看结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 customer(s) who get the message of the campaign %2.</source>
        <translation>营销活动“%2”中收到信息的 %1 位客户。</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <source>Delete the campaign %1? Its groups and results are removed; contact lists already exported stay where they are.</source>
        <translation>删除营销活动“%1”？其分组和结果将被删除；已导出的联系人名单不受影响。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deleting the campaign…</source>
        <translation>正在删除营销活动…</translation>
    </message>
</context>
<context>
    <name>ChangeCard</name>
    <message>
        <source>Click to see these customers.</source>
        <translation>点击查看这些客户。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>将此图表保存为 PNG 图片</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>Save this chart as an SVG drawing</source>
        <translation>将此图表保存为 SVG 矢量图</translation>
    </message>
    <message>
        <source>Save chart as PNG…</source>
        <translation>将图表另存为 PNG…</translation>
    </message>
    <message>
        <source>Save chart as SVG…</source>
        <translation>将图表另存为 SVG…</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
</context>
<context>
    <name>CleaningPage</name>
    <message>
        <source>Clean your data</source>
        <translation>清洗数据</translation>
    </message>
    <message>
        <source>The cleaning wizard suggests fixes one by one (phone numbers, dates, amounts, test orders, duplicates), asks you about customers who look like the same person, and keeps every step in a cleaning recipe. Your imported rows are never changed: any step can be switched off again.</source>
        <translation>清洗向导会逐条给出修正建议（手机号、日期、金额、测试订单、重复记录），请您确认看起来是同一个人的客户，并把每一步记入清洗步骤。导入的原始行永远不会被改动：任何一步都可以再关掉。</translation>
    </message>
    <message>
        <source>Open the cleaning wizard</source>
        <translation>打开清洗向导</translation>
    </message>
</context>
<context>
    <name>CleaningWizard</name>
    <message>
        <source>Clean data</source>
        <translation>清洗数据</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>Same person?</source>
        <translation>同一个人？</translation>
    </message>
    <message>
        <source>Cleaning recipe</source>
        <translation>清洗步骤</translation>
    </message>
    <message>
        <source>Data quality</source>
        <translation>数据质量</translation>
    </message>
    <message>
        <source>Apply and rebuild</source>
        <translation>应用并重建</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Looking at the data…</source>
        <translation>正在查看数据…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Same person: merge</source>
        <translation>同一个人：合并</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>不同的人</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>载入…</translation>
    </message>
    <message>
        <source>Choose a step and press Preview to see what it changes.</source>
        <translation>选择一个步骤并点击“预览”，查看它会改变什么。</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>已停止：%1</translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有做任何改动。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) reviewed.</source>
        <translation>
            <numerusform>已查看 %n 条建议。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to suggest. Look at the whole recipe, then press Apply and rebuild.</source>
        <translation>没有更多建议了。请查看全部清洗步骤，然后点击“应用并重建”。</translation>
    </message>
    <message>
        <source>Suggestion %1 of %2</source>
        <translation>第 %1 条建议，共 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) reviewed.</source>
        <translation>
            <numerusform>已查看 %n 对。</numerusform>
        </translation>
    </message>
    <message>
        <source>No more customers that look like the same person.</source>
        <translation>没有更多看起来是同一个人的客户了。</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>第 %1 对，共 %2 对</translation>
    </message>
    <message>
        <source>%1 (phone %2)
and
%3 (phone %4)

Similarity %5. Why: %6</source>
        <translation>%1（手机号 %2）
和
%3（手机号 %4）

相似度 %5。原因：%6</translation>
    </message>
    <message>
        <source>(names a column this data lacks)</source>
        <translation>（用到了这份数据中没有的列）</translation>
    </message>
    <message>
        <source>Working out what the step changes…</source>
        <translation>正在计算这一步会改变什么…</translation>
    </message>
    <message>
        <source>Rows changed: %1</source>
        <translation>改动的行：%1</translation>
    </message>
    <message>
        <source>Rows left out: %1</source>
        <translation>排除的行：%1</translation>
    </message>
    <message>
        <source>Flagged for review: %1</source>
        <translation>标记待查看：%1</translation>
    </message>
    <message>
        <source>Customers merged: %1</source>
        <translation>合并的客户：%1</translation>
    </message>
    <message>
        <source>Names this data lacks: %1</source>
        <translation>这份数据中没有的列：%1</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>之前：%1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>之后：%1</translation>
    </message>
    <message>
        <source>Save cleaning recipe</source>
        <translation>保存清洗步骤</translation>
    </message>
    <message>
        <source>Cleaning recipe (*.json)</source>
        <translation>清洗步骤 (*.json)</translation>
    </message>
    <message>
        <source>Load cleaning recipe</source>
        <translation>载入清洗步骤</translation>
    </message>
    <message>
        <source>This recipe names columns this data lacks: %1. Those parts are skipped unless you remap them.</source>
        <translation>这份清洗步骤用到了这份数据中没有的列：%1。除非重新对应这些列，否则相关部分会被跳过。</translation>
    </message>
    <message>
        <source>Cleaning and rebuilding…</source>
        <translation>正在清洗并重建…</translation>
    </message>
    <message>
        <source>Done: %1 customers, %2 orders, %3 customers merged.</source>
        <translation>完成：%1 位客户，%2 笔订单，合并了 %3 位客户。</translation>
    </message>
</context>
<context>
    <name>CleaningWords</name>
    <message>
        <source>%1 text cells have extra spaces or full-width (全角) characters. Tidy them?</source>
        <translation>%1 个文本单元格有多余空格或全角字符。要整理吗？</translation>
    </message>
    <message>
        <source>%1 phone numbers have spaces, dashes or +86, or were stored as numbers; %2 cannot be read. Standardise them and flag the unreadable ones?</source>
        <translation>%1 个手机号带有空格、横线或 +86，或被存成了数字；%2 个无法识别。要统一格式并标记无法识别的号码吗？</translation>
    </message>
    <message>
        <source>%1 e-mail addresses have capital letters and %2 are not valid. Lower-case them, repair what can be repaired and flag the rest?</source>
        <translation>%1 个邮箱地址含大写字母，%2 个无效。要转为小写、修复能修复的，并标记其余的吗？</translation>
    </message>
    <message>
        <source>Gender is written %1 ways; %2 values were not understood. Read more ways of writing it (男性, Mr, Ms, ...)?</source>
        <translation>性别有 %1 种写法；%2 个值无法识别。要识别更多写法（男性、Mr、Ms 等）吗？</translation>
    </message>
    <message>
        <source>%1 dates in %2 are written like 05.03.2024 and %3 of them only make sense day first. Read them day first?</source>
        <translation>“%2”中有 %1 个日期写成 05.03.2024 这样的格式，其中 %3 个只有按“日在前”才说得通。要按日在前读取吗？</translation>
    </message>
    <message>
        <source>%1 amounts use 万, a trailing minus or another way of writing ShopLens could not read at import. Read them?</source>
        <translation>%1 个金额使用了“万”、末尾负号或导入时无法识别的其他写法。要识别它们吗？</translation>
    </message>
    <message>
        <source>%1 order rows are refunds or cancellations. Leave them out of the orders?</source>
        <translation>%1 行订单是退款或取消。要从订单中排除吗？</translation>
    </message>
    <message>
        <source>%1 rows look like tests (they contain 测试 or &quot;test&quot;). Leave them out?</source>
        <translation>%1 行看起来是测试数据（包含“测试”或“test”）。要排除吗？</translation>
    </message>
    <message>
        <source>%1 order rows have no amount. Flag them for review?</source>
        <translation>%1 行订单没有金额。要标记待核查吗？</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row of the same file exactly. Keep only the first?</source>
        <translation>%1 行与同一文件中前面的某行完全相同。只保留第一行吗？</translation>
    </message>
    <message>
        <source>%1 orders are far above the shop&apos;s usual amounts (over %2). Flag them for review (they are not removed)?</source>
        <translation>%1 笔订单远高于店铺的常见金额（超过 %2）。要标记待核查吗（不会删除）？</translation>
    </message>
    <message>
        <source>%1 pairs of customers share a phone, e-mail or member no. through another file&apos;s rows. Merge them into one customer each?</source>
        <translation>%1 对客户通过其他文件的记录共享同一手机号、邮箱或会员号。要各自合并为一位客户吗？</translation>
    </message>
    <message>
        <source>%1 pairs of customers look like the same person (similar name, phone ends the same). Review them one by one.</source>
        <translation>%1 对客户看起来是同一个人（姓名相近、手机尾号相同）。请逐一确认。</translation>
    </message>
</context>
<context>
    <name>ColumnFilterDialog</name>
    <message>
        <source>Filter “%1”</source>
        <translation>筛选“%1”</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Contains:</source>
        <translation>包含：</translation>
    </message>
    <message>
        <source>any part of the text</source>
        <translation>文字中的任意部分</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>从：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>Leave a box empty for no limit. Both ends are included.</source>
        <translation>留空表示不限。包含两端的值。</translation>
    </message>
    <message>
        <source>Upper and lower case are treated alike.</source>
        <translation>不区分大小写。</translation>
    </message>
    <message>
        <source>Clear filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 为 %2</translation>
    </message>
    <message>
        <source>%1 contains “%2”</source>
        <translation>%1 包含“%2”</translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 从 %2 到 %3</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 至少 %2</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 至多 %2</translation>
    </message>
</context>
<context>
    <name>CompareTab</name>
    <message>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Save a second run to compare two runs customer by customer.</source>
        <translation>再保存一个分群方案，即可逐个客户比较两个分群方案。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Rows: segments of the run shown; columns: segments of “%1”. Each cell counts the customers in both.</source>
        <translation>行：当前分群方案的客户分群；列：“%1”的客户分群。每个格子是同时属于两者的客户数。</translation>
    </message>
    <message>
        <source>(not in run)</source>
        <translation>（不在方案中）</translation>
    </message>
</context>
<context>
    <name>ConditionGroup</name>
    <message>
        <source>NOT</source>
        <translation>不满足</translation>
    </message>
    <message>
        <source>Match the customers this group does not match</source>
        <translation>选出不符合这一组条件的客户</translation>
    </message>
    <message>
        <source>All of these (AND)</source>
        <translation>全部满足（并且）</translation>
    </message>
    <message>
        <source>Any of these (OR)</source>
        <translation>满足任意一条（或者）</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>添加条件</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>添加条件组</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>删除条件组</translation>
    </message>
</context>
<context>
    <name>ConditionRow</name>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>删除这个条件</translation>
    </message>
    <message>
        <source>values separated by commas</source>
        <translation>多个值用逗号分隔</translation>
    </message>
    <message>
        <source>percent, e.g. 20</source>
        <translation>百分比，例如 20</translation>
    </message>
    <message>
        <source>days, e.g. 30</source>
        <translation>天数，例如 30</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字</translation>
    </message>
</context>
<context>
    <name>ConsentSection</name>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有渠道</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>accepts</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>Marketing consent</source>
        <translation>营销许可</translation>
    </message>
    <message>
        <source>%1 since %2 (%3)</source>
        <translation>%1，自 %2 起（%3）</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>共 %1 次变更</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>CoreMessages</name>
    <message>
        <source>file &quot;%1&quot;</source>
        <translation>文件“%1”</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;</source>
        <translation>工作表“%1”</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>列“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>请给营销活动起个名字。</translation>
    </message>
    <message>
        <source>The outcome window must be between 1 and 365 days.</source>
        <translation>结果观察期必须在 1 到 365 天之间。</translation>
    </message>
    <message>
        <source>The holdout share must be more than 0 and less than 1 (e.g. 0.1 for 10%).</source>
        <translation>对照组比例必须大于 0 且小于 1（例如 0.1 表示 10%）。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so no campaign can be saved in it.</source>
        <translation>此工作区以只读方式打开，无法保存营销活动。</translation>
    </message>
    <message>
        <source>Open the workspace normally to create a campaign.</source>
        <translation>请以正常方式打开工作区后再创建营销活动。</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>请换一个名称。</translation>
    </message>
    <message>
        <source>Choose a bigger segment or tag.</source>
        <translation>请选择更大的客户分群或标签。</translation>
    </message>
    <message>
        <source>Same person across sources: merge customers that share a phone, e-mail or member no.</source>
        <translation>跨来源的同一个人：合并共享手机号、邮箱或会员号的客户</translation>
    </message>
    <message>
        <source>Merge two customers you confirmed are the same person</source>
        <translation>合并您确认是同一个人的两位客户</translation>
    </message>
    <message>
        <source>A customer cannot be merged with itself.</source>
        <translation>客户不能与自己合并。</translation>
    </message>
    <message>
        <source>Tidy text: trim spaces, full-width (全角) to half-width</source>
        <translation>整理文本：去掉多余空格，全角转半角</translation>
    </message>
    <message>
        <source>Phone numbers: standard form, invalid ones flagged</source>
        <translation>手机号：统一格式，标记无效号码</translation>
    </message>
    <message>
        <source>Standardise phone numbers; flag invalid ones (left out of customer keys)</source>
        <translation>统一手机号格式；标记无效号码（不作为客户识别信息）</translation>
    </message>
    <message>
        <source>Standardise phone numbers; flag invalid ones (kept as digits)</source>
        <translation>统一手机号格式；标记无效号码（保留数字）</translation>
    </message>
    <message>
        <source>E-mail addresses: lower case, repaired where possible, invalid ones flagged</source>
        <translation>邮箱地址：转为小写，尽量修复，标记无效地址</translation>
    </message>
    <message>
        <source>Gender: every way of writing it to one form (M/F)</source>
        <translation>性别：各种写法统一为一种（男/女）</translation>
    </message>
    <message>
        <source>Dates in mixed formats, read with the day-first setting</source>
        <translation>混合格式的日期，按“日在前”设置读取</translation>
    </message>
    <message>
        <source>Amounts with currency marks, separators, 万 and trailing minus</source>
        <translation>带货币符号、分隔符、“万”和末尾负号的金额</translation>
    </message>
    <message>
        <source>Missing values: fill, drop the row, or flag</source>
        <translation>缺失值：填补、删除该行或标记</translation>
    </message>
    <message>
        <source>Read dates in every date column month first (03/05/2024 = 5 March)</source>
        <translation>按“月在前”读取所有日期列（03/05/2024 = 3 月 5 日）</translation>
    </message>
    <message>
        <source>Read dates in every date column day first (05.03.2024 = 5 March)</source>
        <translation>按“日在前”读取所有日期列（05.03.2024 = 3 月 5 日）</translation>
    </message>
    <message>
        <source>Exact duplicate rows: keep the first</source>
        <translation>完全重复的行：只保留第一行</translation>
    </message>
    <message>
        <source>The gender &quot;mapping&quot; must give &quot;M&quot; or &quot;F&quot; for each written form, e.g. {{&quot;先生&quot;: &quot;M&quot;}}.</source>
        <translation>性别的 &quot;mapping&quot; 必须为每种写法给出 &quot;M&quot; 或 &quot;F&quot;，例如 {{&quot;先生&quot;: &quot;M&quot;}}。</translation>
    </message>
    <message>
        <source>To fill missing values, give the value to fill in.</source>
        <translation>要填补缺失值，请给出要填入的值。</translation>
    </message>
    <message>
        <source>Refunds and cancellations: leave out, or net a refund against its order</source>
        <translation>退款和取消：排除，或与原订单冲抵</translation>
    </message>
    <message>
        <source>Test or internal orders: leave out or flag</source>
        <translation>测试或内部订单：排除或标记</translation>
    </message>
    <message>
        <source>Unusually large orders: flag for review (not removed)</source>
        <translation>异常大额订单：标记待核查（不删除）</translation>
    </message>
    <message>
        <source>&quot;column&quot; must be the name of the column holding the original order no.</source>
        <translation>&quot;column&quot; 必须是存放原订单号的列名。</translation>
    </message>
    <message>
        <source>&quot;k&quot; must be above 0 (3 is usual: higher flags fewer orders).</source>
        <translation>&quot;k&quot; 必须大于 0（通常为 3：越大标记的订单越少）。</translation>
    </message>
    <message>
        <source>&quot;k&quot; and &quot;min_orders&quot; must be numbers.</source>
        <translation>&quot;k&quot; 和 &quot;min_orders&quot; 必须是数字。</translation>
    </message>
    <message>
        <source>This is not a ShopLens cleaning recipe (it has no list of steps).</source>
        <translation>这不是 ShopLens 的清洗步骤文件（没有步骤列表）。</translation>
    </message>
    <message>
        <source>This is not a ShopLens cleaning recipe.</source>
        <translation>这不是 ShopLens 的清洗步骤文件。</translation>
    </message>
    <message>
        <source>This recipe was saved by a newer version of ShopLens.</source>
        <translation>这份清洗步骤由更新版本的 ShopLens 保存。</translation>
    </message>
    <message>
        <source>Update ShopLens to use it.</source>
        <translation>请更新 ShopLens 后再使用。</translation>
    </message>
    <message>
        <source>The recipe file was not found.</source>
        <translation>找不到清洗步骤文件。</translation>
    </message>
    <message>
        <source>--run only applies with --segment.</source>
        <translation>--run 只能与 --segment 一起使用。</translation>
    </message>
    <message>
        <source>--customers must be between 10 and 200000.</source>
        <translation>--customers 必须在 10 到 200000 之间。</translation>
    </message>
    <message>
        <source>--top must be between 0 and 500.</source>
        <translation>--top 必须在 0 到 500 之间。</translation>
    </message>
    <message>
        <source>--k only applies to --scheme kmeans.</source>
        <translation>--k 只适用于 --scheme kmeans。</translation>
    </message>
    <message>
        <source>--set only applies together with --template.</source>
        <translation>--set 只能与 --template 一起使用。</translation>
    </message>
    <message>
        <source>The tag definitions file was not found.</source>
        <translation>找不到标签定义文件。</translation>
    </message>
    <message>
        <source>The tag definitions file is not UTF-8 text.</source>
        <translation>标签定义文件不是 UTF-8 文本。</translation>
    </message>
    <message>
        <source>A file with this name already exists, so the demo shop was not created there.</source>
        <translation>已存在同名文件，因此没有在那里创建演示店铺。</translation>
    </message>
    <message>
        <source>Choose another name for the demo workspace.</source>
        <translation>请为演示工作区换一个名称。</translation>
    </message>
    <message>
        <source>The folder for the demo workspace does not exist.</source>
        <translation>演示工作区所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>A file with this name appeared while the demo shop was being built; it was left alone.</source>
        <translation>创建演示店铺期间出现了同名文件，已保留该文件不作改动。</translation>
    </message>
    <message>
        <source>This is not an ordinary file (a socket or another special file), so ShopLens does not read it.</source>
        <translation>这不是普通文件（而是套接字或其他特殊文件），ShopLens 不读取它。</translation>
    </message>
    <message>
        <source>This is a named pipe, not an ordinary file, so ShopLens does not read it.</source>
        <translation>这是一个命名管道，不是普通文件，ShopLens 不读取它。</translation>
    </message>
    <message>
        <source>This is a device, not an ordinary file, so ShopLens does not read it.</source>
        <translation>这是一个设备，不是普通文件，ShopLens 不读取它。</translation>
    </message>
    <message>
        <source>This file does not look like a text (CSV) file: it holds binary data.</source>
        <translation>这个文件看起来不是文本（CSV）文件：里面是二进制数据。</translation>
    </message>
    <message>
        <source>If it is a spreadsheet, save it as .xlsx or .csv and import that file.</source>
        <translation>如果它是电子表格，请另存为 .xlsx 或 .csv 后再导入。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>Open the file in Excel or WPS to check that row, or save it again as CSV.</source>
        <translation>请用 Excel 或 WPS 打开文件检查那一行，或重新另存为 CSV。</translation>
    </message>
    <message>
        <source>The workbook is protected with a password, so ShopLens cannot read it.</source>
        <translation>工作簿设置了密码，ShopLens 无法读取。</translation>
    </message>
    <message>
        <source>Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook) and save a copy.</source>
        <translation>请在 Excel 中打开，取消密码（文件 &gt; 信息 &gt; 保护工作簿）后另存一份。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it again, or export the data once more.</source>
        <translation>请用 Excel 或 WPS 打开后重新保存，或重新导出一次数据。</translation>
    </message>
    <message>
        <source>This sheet is a chart, not a table of data.</source>
        <translation>这个工作表是图表，不是数据表。</translation>
    </message>
    <message>
        <source>The workbook has no worksheet with data (only charts).</source>
        <translation>工作簿中没有包含数据的工作表（只有图表）。</translation>
    </message>
    <message>
        <source>The sheet is empty: no row has any text.</source>
        <translation>工作表是空的：没有任何一行有内容。</translation>
    </message>
    <message>
        <source>The header row is outside the sheet.</source>
        <translation>表头行不在工作表范围内。</translation>
    </message>
    <message>
        <source>The chosen header row is empty; choose the row with the column names.</source>
        <translation>所选的表头行是空的；请选择包含列名的那一行。</translation>
    </message>
    <message>
        <source>This file is a web page (HTML) without a table of data.</source>
        <translation>这个文件是网页（HTML），里面没有数据表格。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as .xlsx, or export the data as CSV.</source>
        <translation>请用 Excel 或 WPS 打开并另存为 .xlsx，或将数据导出为 CSV。</translation>
    </message>
    <message>
        <source>The file was not found.</source>
        <translation>找不到文件。</translation>
    </message>
    <message>
        <source>The sheet has no header row with column names.</source>
        <translation>工作表中没有包含列名的表头行。</translation>
    </message>
    <message>
        <source>This file was already imported into this workspace, so it was not imported again.</source>
        <translation>这个文件已经导入过此工作区，因此没有再次导入。</translation>
    </message>
    <message>
        <source>To add newer data, export a new file from your system and import that.</source>
        <translation>如需添加新数据，请从您的系统重新导出一个文件再导入。</translation>
    </message>
    <message>
        <source>The sheet has a header row but no data rows, so there is nothing to import.</source>
        <translation>工作表只有表头，没有数据行，没有可导入的内容。</translation>
    </message>
    <message>
        <source>None of the columns is matched to a ShopLens field, so nothing would be imported.</source>
        <translation>没有任何列对应到 ShopLens 字段，因此不会导入任何内容。</translation>
    </message>
    <message>
        <source>Choose the field of at least the customer and order columns.</source>
        <translation>请至少为客户列和订单列选择字段。</translation>
    </message>
    <message>
        <source>This looks like an orders file, but no column is matched to the order time.</source>
        <translation>这看起来是订单文件，但没有列对应到下单时间。</translation>
    </message>
    <message>
        <source>Choose which column holds the order date.</source>
        <translation>请选择哪一列是下单日期。</translation>
    </message>
    <message>
        <source>This looks like an orders file, but no column is matched to the paid amount.</source>
        <translation>这看起来是订单文件，但没有列对应到实付金额。</translation>
    </message>
    <message>
        <source>Choose which column holds the amount paid.</source>
        <translation>请选择哪一列是实付金额。</translation>
    </message>
    <message>
        <source>Split it into smaller files (for example one per month) and import them one after another, or leave out the columns you do not need.</source>
        <translation>请拆分成较小的文件（例如每月一个）逐个导入，或去掉不需要的列。</translation>
    </message>
    <message>
        <source>Split it into smaller files (for example one per month) and import them one after another.</source>
        <translation>请拆分成较小的文件（例如每月一个），逐个导入。</translation>
    </message>
    <message>
        <source>Check that the right sheet was chosen, or export the data again.</source>
        <translation>请确认选择了正确的工作表，或重新导出数据。</translation>
    </message>
    <message>
        <source>The file was not found: it may have been moved, renamed or deleted.</source>
        <translation>找不到文件：它可能已被移动、改名或删除。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>这是一个文件夹，不是文件。</translation>
    </message>
    <message>
        <source>ShopLens is not allowed to read this file.</source>
        <translation>ShopLens 没有读取此文件的权限。</translation>
    </message>
    <message>
        <source>Close it in Excel or WPS if it is open there, or copy it to another folder.</source>
        <translation>如果它在 Excel 或 WPS 中打开着，请先关闭，或把它复制到其他文件夹。</translation>
    </message>
    <message>
        <source>The file is empty (0 bytes).</source>
        <translation>文件是空的（0 字节）。</translation>
    </message>
    <message>
        <source>Open it in Excel or WPS and save it as .xlsx.</source>
        <translation>请用 Excel 或 WPS 打开并另存为 .xlsx。</translation>
    </message>
    <message>
        <source>The file is too large to read on this computer.</source>
        <translation>文件太大，这台电脑无法读取。</translation>
    </message>
    <message>
        <source>Split it into smaller files.</source>
        <translation>请拆分成较小的文件。</translation>
    </message>
    <message>
        <source>There are no paid orders to check the predictions against.</source>
        <translation>没有已付款订单可用来检验预测。</translation>
    </message>
    <message>
        <source>Choose an earlier date for the end of the calibration period.</source>
        <translation>请为校准期结束选择更早的日期。</translation>
    </message>
    <message>
        <source>The calibration period ends before the first order.</source>
        <translation>校准期在第一笔订单之前就结束了。</translation>
    </message>
    <message>
        <source>Choose a later date.</source>
        <translation>请选择更晚的日期。</translation>
    </message>
    <message>
        <source>Use days or weeks.</source>
        <translation>请使用天或周。</translation>
    </message>
    <message>
        <source>Import orders first, or choose a later date.</source>
        <translation>请先导入订单，或选择更晚的日期。</translation>
    </message>
    <message>
        <source>Import more orders (a longer period), or choose a later date.</source>
        <translation>请导入更多订单（更长的时间段），或选择更晚的日期。</translation>
    </message>
    <message>
        <source>The monthly discount rate must be between 0 and 1 (e.g. 0.01 for 1% a month).</source>
        <translation>月折现率必须在 0 到 1 之间（例如 0.01 表示每月 1%）。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so no customer can be removed from it.</source>
        <translation>此工作区以只读方式打开，无法删除客户。</translation>
    </message>
    <message>
        <source>Close the other copy of ShopLens that has it open, then try again.</source>
        <translation>请关闭打开该工作区的另一个 ShopLens，然后重试。</translation>
    </message>
    <message>
        <source>The backup is not a database file.</source>
        <translation>该备份不是数据库文件。</translation>
    </message>
    <message>
        <source>The copy still holds the customer&apos;s data.</source>
        <translation>该副本中仍有此客户的数据。</translation>
    </message>
    <message>
        <source>Name the customer to forget by exactly one of: customer ID, phone number, e-mail address.</source>
        <translation>请用以下其中一项指定要删除的客户：客户编号、手机号、邮箱地址。</translation>
    </message>
    <message>
        <source>Nothing in this orders file identifies the customer or the order: no column is matched to a member no., phone, e-mail, customer ID, WeChat ID or order no.</source>
        <translation>这个订单文件里没有任何一列能识别客户或订单：没有列对应到会员号、手机号、电子邮箱、客户编号、微信号或订单号。</translation>
    </message>
    <message>
        <source>Ask whoever manages this computer for access, or copy the file to another folder.</source>
        <translation>请向管理这台电脑的人申请访问权限，或把文件复制到其他文件夹。</translation>
    </message>
    <message>
        <source>If the file is genuine, open it in Excel or WPS and save it as CSV, then import that.</source>
        <translation>如果文件确实无误，请在 Excel 或 WPS 中打开并另存为 CSV，再导入该文件。</translation>
    </message>
    <message>
        <source>Choose the column that names the customer or the order.</source>
        <translation>请选择标明客户或订单的那一列。</translation>
    </message>
    <message>
        <source>No column identifies a customer (member no., phone, e-mail, customer ID or WeChat ID), so these rows cannot be told apart as customers.</source>
        <translation>没有任何一列能识别客户（会员号、手机号、电子邮箱、客户编号或微信号），因此无法把这些行区分为不同的客户。</translation>
    </message>
    <message>
        <source>Choose the column that identifies each customer.</source>
        <translation>请选择能识别每位客户的那一列。</translation>
    </message>
    <message>
        <source>Choose a file name with one of these endings.</source>
        <translation>请使用这些扩展名之一作为文件名。</translation>
    </message>
    <message>
        <source>This is a folder, not a file name.</source>
        <translation>这是一个文件夹，不是文件名。</translation>
    </message>
    <message>
        <source>The folder for this file does not exist.</source>
        <translation>这个文件所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>Choose sms, email, wechat or all.</source>
        <translation>请选择 sms、email、wechat 或 all。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, and every export must be written to its log.</source>
        <translation>此工作区以只读方式打开，而每次导出都必须记入它的日志。</translation>
    </message>
    <message>
        <source>Open the workspace normally to export.</source>
        <translation>请以正常方式打开工作区后再导出。</translation>
    </message>
    <message>
        <source>Choose en or zh_CN.</source>
        <translation>请选择 en 或 zh_CN。</translation>
    </message>
    <message>
        <source>Choose A4 or Letter.</source>
        <translation>请选择 A4 或 Letter。</translation>
    </message>
    <message>
        <source>This workspace has no segmentation run yet, so there is no segment report to make.</source>
        <translation>此工作区还没有分群方案，无法生成分群报告。</translation>
    </message>
    <message>
        <source>Segment the customers first (shoplens segment, or Segments in the app).</source>
        <translation>请先对客户分群（命令 shoplens segment，或应用中的“客户分群”）。</translation>
    </message>
    <message>
        <source>This workspace has no segmentation run yet, so there is no segment to export.</source>
        <translation>此工作区还没有分群方案，没有可导出的客户分群。</translation>
    </message>
    <message>
        <source>This workspace has no tags yet, so there is nothing to export by tag.</source>
        <translation>此工作区还没有标签，无法按标签导出。</translation>
    </message>
    <message>
        <source>Create tags first, or export a segment instead.</source>
        <translation>请先创建标签，或改为导出一个客户分群。</translation>
    </message>
    <message>
        <source>Choose rfm-cn8, rfm-grid or kmeans.</source>
        <translation>请选择 rfm-cn8、rfm-grid 或 kmeans。</translation>
    </message>
    <message>
        <source>No customer has a purchase before this date, so there is nothing to segment.</source>
        <translation>在此日期之前没有客户购买过，没有可分群的客户。</translation>
    </message>
    <message>
        <source>Import orders first, or choose a later as-of date.</source>
        <translation>请先导入订单，或选择更晚的截至日期。</translation>
    </message>
    <message>
        <source>A custom scheme needs its segments.</source>
        <translation>自定义方案需要设置客户分群。</translation>
    </message>
    <message>
        <source>There are no predictions to group by yet.</source>
        <translation>还没有可用于分组的预测结果。</translation>
    </message>
    <message>
        <source>Run Predict first, then segment again.</source>
        <translation>请先运行预测，再重新分群。</translation>
    </message>
    <message>
        <source>The customers are too alike to be split into groups.</source>
        <translation>客户之间过于相似，无法分组。</translation>
    </message>
    <message>
        <source>Use an RFM scheme instead.</source>
        <translation>请改用 RFM 方案。</translation>
    </message>
    <message>
        <source>Ask for at least 2 groups.</source>
        <translation>请至少分 2 组。</translation>
    </message>
    <message>
        <source>Ask for fewer groups, or import more orders.</source>
        <translation>请减少分组数，或导入更多订单。</translation>
    </message>
    <message>
        <source>Ask for fewer groups or add metrics.</source>
        <translation>请减少分组数或增加指标。</translation>
    </message>
    <message>
        <source>Import more orders, or use an RFM scheme instead.</source>
        <translation>请导入更多订单，或改用 RFM 方案。</translation>
    </message>
    <message>
        <source>A segment needs a name.</source>
        <translation>客户分群需要一个名称。</translation>
    </message>
    <message>
        <source>A custom scheme needs at least one segment.</source>
        <translation>自定义方案至少需要一个客户分群。</translation>
    </message>
    <message>
        <source>Change the segments so that every score cell belongs to exactly one of them.</source>
        <translation>请调整客户分群，使每个评分格子恰好属于其中一个分群。</translation>
    </message>
    <message>
        <source>A tag holds name_en, name_zh, layer, colour, description and rule.</source>
        <translation>一个标签包含 name_en、name_zh、layer、colour、description 和 rule。</translation>
    </message>
    <message>
        <source>A definitions file holds &quot;tags&quot; and &quot;groups&quot;.</source>
        <translation>定义文件包含 &quot;tags&quot; 和 &quot;groups&quot;。</translation>
    </message>
    <message>
        <source>`shoplens tags WS` lists the tags.</source>
        <translation>`shoplens tags WS` 会列出所有标签。</translation>
    </message>
    <message>
        <source>Give the new tag another name, or edit the existing one.</source>
        <translation>请给新标签换个名称，或编辑现有标签。</translation>
    </message>
    <message>
        <source>Import data that holds it first.</source>
        <translation>请先导入包含该数据的文件。</translation>
    </message>
    <message>
        <source>List them with: shoplens backups WS</source>
        <translation>可用此命令列出：shoplens backups WS</translation>
    </message>
    <message>
        <source>Choose an older copy.</source>
        <translation>请选择更早的备份。</translation>
    </message>
    <message>
        <source>There is no healthy backup copy of this workspace.</source>
        <translation>此工作区没有完好的备份。</translation>
    </message>
    <message>
        <source>The workspace&apos;s lock file could not be written.</source>
        <translation>无法写入工作区的锁定文件。</translation>
    </message>
    <message>
        <source>Check that the folder is writable.</source>
        <translation>请确认该文件夹可以写入。</translation>
    </message>
    <message>
        <source>Close the other copy, then open the workspace again.</source>
        <translation>请关闭另一个打开的副本，然后重新打开工作区。</translation>
    </message>
    <message>
        <source>The workspace file was not found.</source>
        <translation>找不到工作区文件。</translation>
    </message>
    <message>
        <source>This is a folder, not a workspace file.</source>
        <translation>这是一个文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>This file is not a ShopLens workspace.</source>
        <translation>这个文件不是 ShopLens 工作区。</translation>
    </message>
    <message>
        <source>To bring a spreadsheet in, open or create a workspace and import the file into it.</source>
        <translation>要导入电子表格，请先打开或新建一个工作区，再把文件导入其中。</translation>
    </message>
    <message>
        <source>This is a database file, but not a ShopLens workspace.</source>
        <translation>这是一个数据库文件，但不是 ShopLens 工作区。</translation>
    </message>
    <message>
        <source>The workspace file is damaged (its integrity check failed).</source>
        <translation>工作区文件已损坏（完整性检查未通过）。</translation>
    </message>
    <message>
        <source>Restore it from a backup copy.</source>
        <translation>请从备份恢复。</translation>
    </message>
    <message>
        <source>Update ShopLens to open it.</source>
        <translation>请更新 ShopLens 后再打开。</translation>
    </message>
    <message>
        <source>Copy it to a folder you can write to and open the copy.</source>
        <translation>请把它复制到可写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>ShopLens is not allowed to read this workspace file.</source>
        <translation>ShopLens 没有权限读取这个工作区文件。</translation>
    </message>
    <message>
        <source>Ask whoever manages this computer for access to it, or open a copy of it.</source>
        <translation>请向管理这台电脑的人申请访问权限，或打开它的副本。</translation>
    </message>
    <message>
        <source>This workspace file is incomplete and cannot be opened.</source>
        <translation>此工作区文件不完整，无法打开。</translation>
    </message>
    <message>
        <source>Another program created a file with this name at the same moment, so a new workspace was not created there.</source>
        <translation>另一个程序在同一时刻创建了同名文件，因此没有在那里新建工作区。</translation>
    </message>
    <message>
        <source>Open that workspace once it is ready, or choose another name.</source>
        <translation>请等它创建完成后再打开，或换一个名称。</translation>
    </message>
    <message>
        <source>ShopLens is not allowed to create a file in this folder.</source>
        <translation>ShopLens 没有权限在这个文件夹中创建文件。</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, such as Documents.</source>
        <translation>请选择一个可写入的文件夹，例如“文档”。</translation>
    </message>
    <message>
        <source>Another copy of ShopLens is creating this workspace right now.</source>
        <translation>另一个 ShopLens 正在创建这个工作区。</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>请稍后再试。</translation>
    </message>
    <message>
        <source>A file with this name already exists, so a new workspace was not created there.</source>
        <translation>已存在同名文件，因此没有在那里新建工作区。</translation>
    </message>
    <message>
        <source>Choose another name, or open the existing file.</source>
        <translation>请换一个名称，或打开现有的文件。</translation>
    </message>
    <message>
        <source>The folder for the new workspace does not exist.</source>
        <translation>新工作区所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>There is no tag &quot;{name}&quot; in this workspace.</source>
        <translation>此工作区中没有标签“{name}”。</translation>
    </message>
    <message>
        <source>There is no segmentation run number {run_id} in this workspace.</source>
        <translation>此工作区中没有编号为 {run_id} 的分群方案。</translation>
    </message>
    <message>
        <source>Unknown channel &quot;{channel}&quot;.</source>
        <translation>未知的渠道“{channel}”。</translation>
    </message>
    <message>
        <source>There is already a campaign called &quot;{name}&quot;.</source>
        <translation>已经有名为“{name}”的营销活动。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; has {count} customer(s); a campaign with a holdout group needs at least 2.</source>
        <translation>“{name}”只有 {count} 位客户；带对照组的营销活动至少需要 2 位。</translation>
    </message>
    <message>
        <source>There is no campaign number {campaign_id} in this workspace.</source>
        <translation>此工作区中没有编号为 {campaign_id} 的营销活动。</translation>
    </message>
    <message>
        <source>There is no campaign called &quot;{name}&quot; in this workspace.</source>
        <translation>此工作区中没有名为“{name}”的营销活动。</translation>
    </message>
    <message>
        <source>Merge customer {a} with {b}</source>
        <translation>合并客户 {a} 与 {b}</translation>
    </message>
    <message>
        <source>Read dates in {fields} month first (03/05/2024 = 5 March)</source>
        <translation>按“月在前”读取 {fields} 中的日期（03/05/2024 = 3 月 5 日）</translation>
    </message>
    <message>
        <source>Missing {field}: leave the row out</source>
        <translation>缺失的{field}：排除该行</translation>
    </message>
    <message>
        <source>Missing {field}: flag for review</source>
        <translation>缺失的{field}：标记待核查</translation>
    </message>
    <message>
        <source>Tidy text in {fields}</source>
        <translation>整理文本：{fields}</translation>
    </message>
    <message>
        <source>Read dates in {fields} day first (05.03.2024 = 5 March)</source>
        <translation>按“日在前”读取 {fields} 中的日期（05.03.2024 = 3 月 5 日）</translation>
    </message>
    <message>
        <source>Missing {field}: fill with &quot;{value}&quot;</source>
        <translation>缺失的{field}：填入“{value}”</translation>
    </message>
    <message>
        <source>Flag orders far above the shop&apos;s usual amounts (Q3 + {k:g} × IQR of log amounts)</source>
        <translation>标记远高于店铺常见金额的订单（对数金额 Q3 + {k:g} × 四分位距）</translation>
    </message>
    <message>
        <source>Leave out {statuses} orders and negative amounts</source>
        <translation>排除{statuses}订单和负金额</translation>
    </message>
    <message>
        <source>There is no step {index} in the recipe.</source>
        <translation>清洗步骤中没有第 {index} 步。</translation>
    </message>
    <message>
        <source>There is no step {index} in the recipe (it has {count} steps).</source>
        <translation>清洗步骤中没有第 {index} 步（共 {count} 步）。</translation>
    </message>
    <message>
        <source>Step {number} of the recipe has no operation name.</source>
        <translation>第 {number} 步没有操作名称。</translation>
    </message>
    <message>
        <source>The recipe file is not valid JSON ({reason}, line {lineno}).</source>
        <translation>清洗步骤文件不是有效的 JSON（{reason}，第 {lineno} 行）。</translation>
    </message>
    <message>
        <source>The recipe file could not be read ({reason}).</source>
        <translation>无法读取清洗步骤文件（{reason}）。</translation>
    </message>
    <message>
        <source>Step {number}: {problem}</source>
        <translation>第 {number} 步：{problem}</translation>
    </message>
    <message>
        <source>The tag definitions file could not be read ({strerror}).</source>
        <translation>无法读取标签定义文件（{strerror}）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {reason} at line {lineno}, column {colno}.</source>
        <translation>文件不是有效的 JSON：第 {lineno} 行第 {colno} 列，{reason}。</translation>
    </message>
    <message>
        <source>The file could not be read ({reason}).</source>
        <translation>无法读取文件（{reason}）。</translation>
    </message>
    <message>
        <source>The file could not be read as CSV: {reason}.</source>
        <translation>无法按 CSV 读取此文件：{reason}。</translation>
    </message>
    <message>
        <source>A cell is longer than {field_size_limit:,} characters, usually because a &quot; quote is opened and never closed.</source>
        <translation>有一个单元格超过 {field_size_limit:,} 个字符，通常是因为某个 &quot; 引号开了头却没有结束。</translation>
    </message>
    <message>
        <source>The workbook could not be read: it is damaged or incomplete{detail}.</source>
        <translation>无法读取工作簿：文件已损坏或不完整{detail}。</translation>
    </message>
    <message>
        <source>The workbook is {size} but would unpack to {unpacked}, far more than a spreadsheet&apos;s data needs, so ShopLens does not open it.</source>
        <translation>这个工作簿只有 {size}，解压后却会有 {unpacked}，远超电子表格数据所需，因此 ShopLens 不打开它。</translation>
    </message>
    <message>
        <source>The workbook has no sheet named &quot;{sheet}&quot;. Its sheets are: {listed}.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。现有工作表：{listed}。</translation>
    </message>
    <message>
        <source>There is no column &quot;{column}&quot; in this sheet. The columns are: {columns}.</source>
        <translation>此工作表中没有“{column}”列。现有列：{columns}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a field ShopLens knows. Known fields: {fields}.</source>
        <translation>“{key}”不是 ShopLens 认识的字段。可用字段：{fields}。</translation>
    </message>
    <message>
        <source>ShopLens is only guessing which columns to import ({named}), so nothing was imported.</source>
        <translation>ShopLens 只是在猜测要导入哪些列（{named}），因此没有导入任何数据。</translation>
    </message>
    <message>
        <source>This sheet has about {cells:,} cells (rows × columns), more than the {limit:,} ShopLens can import at once.</source>
        <translation>此工作表约有 {cells:,} 个单元格（行 × 列），超过了 ShopLens 一次能导入的 {limit:,} 个。</translation>
    </message>
    <message>
        <source>The file is {size:,.0f} MB, more than the {limit:,.0f} MB ShopLens reads from one text file.</source>
        <translation>文件大小为 {size:,.0f} MB，超过了 ShopLens 单个文本文件可读取的 {limit:,.0f} MB。</translation>
    </message>
    <message>
        <source>This sheet has {columns:,} columns, more than the {max_columns:,} a spreadsheet can have.</source>
        <translation>此工作表有 {columns:,} 列，超过了电子表格最多的 {max_columns:,} 列。</translation>
    </message>
    <message>
        <source>This file is not a real {suffix} workbook: its contents are not a spreadsheet.</source>
        <translation>这个文件不是真正的 {suffix} 工作簿：内容不是电子表格。</translation>
    </message>
    <message>
        <source>ShopLens cannot read &quot;{value}&quot; files.</source>
        <translation>ShopLens 无法读取“{value}”类型的文件。</translation>
    </message>
    <message>
        <source>Save the data as one of: {known}.</source>
        <translation>请将数据保存为以下格式之一：{known}。</translation>
    </message>
    <message>
        <source>This {suffix} file is an &quot;XML Spreadsheet 2003&quot; file, which ShopLens cannot read.</source>
        <translation>这个 {suffix} 文件是“XML 电子表格 2003”格式，ShopLens 无法读取。</translation>
    </message>
    <message>
        <source>A text file has no sheets, so there is no sheet &quot;{sheet}&quot;.</source>
        <translation>文本文件没有工作表，因此不存在工作表“{sheet}”。</translation>
    </message>
    <message>
        <source>Row {header_row} is not in the sheet (its last row with data is {last}).</source>
        <translation>第 {header_row} 行不在工作表中（最后一行数据是第 {last} 行）。</translation>
    </message>
    <message>
        <source>There are no orders after {day_date} to compare the predictions with.</source>
        <translation>{day_date} 之后没有订单可与预测对比。</translation>
    </message>
    <message>
        <source>Unknown time unit &quot;{unit}&quot;.</source>
        <translation>未知的时间单位“{unit}”。</translation>
    </message>
    <message>
        <source>There are no orders after {until} to compare the predictions with.</source>
        <translation>{until} 之后没有订单可与预测对比。</translation>
    </message>
    <message>
        <source>There is no customer with ID {customer_id} in this workspace, so nothing was removed.</source>
        <translation>此工作区中没有编号为 {customer_id} 的客户，没有删除任何内容。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; does not end in {suffixes}.</source>
        <translation>“{name}”的扩展名不是 {suffixes}。</translation>
    </message>
    <message>
        <source>Unknown segmentation method &quot;{method}&quot;.</source>
        <translation>未知的分群方法“{method}”。</translation>
    </message>
    <message>
        <source>These metrics do not exist: {missing}.</source>
        <translation>这些指标不存在：{missing}。</translation>
    </message>
    <message>
        <source>There are only {n} customers with purchases, fewer than the {k} groups asked for.</source>
        <translation>只有 {n} 位有购买的客户，少于要求的 {k} 组。</translation>
    </message>
    <message>
        <source>Only {distinct} customers differ in these metrics, fewer than the {k} groups asked for.</source>
        <translation>只有 {distinct} 位客户在这些指标上有差别，少于要求的 {k} 组。</translation>
    </message>
    <message>
        <source>There are too few different customers ({distinct}) to find groups automatically.</source>
        <translation>差别明显的客户太少（{distinct} 位），无法自动分组。</translation>
    </message>
    <message>
        <source>Run {run_id} has no segment &quot;{label}&quot;.</source>
        <translation>分群方案 {run_id} 中没有客户分群“{label}”。</translation>
    </message>
    <message>
        <source>There is no segmentation run number {key} in this workspace.</source>
        <translation>此工作区中没有编号为 {key} 的分群方案。</translation>
    </message>
    <message>
        <source>Unknown scheme &quot;{key}&quot;.</source>
        <translation>未知的方案“{key}”。</translation>
    </message>
    <message>
        <source>The threshold must be &quot;mean&quot; or &quot;median&quot;, not &quot;{threshold}&quot;.</source>
        <translation>阈值必须是“均值”或“中位数”，而不是“{threshold}”。</translation>
    </message>
    <message>
        <source>The scheme &quot;{name_en}&quot; cannot be used: {text}</source>
        <translation>方案“{name_en}”无法使用：{text}</translation>
    </message>
    <message>
        <source>Two segments share the key &quot;{seg_key}&quot;; give each segment its own key.</source>
        <translation>两个客户分群使用了相同的代号“{seg_key}”；请为每个分群设置不同的代号。</translation>
    </message>
    <message>
        <source>Segment &quot;{name_en}&quot;: the {dim} scores must be between 1 and 5.</source>
        <translation>客户分群“{name_en}”：{dim} 评分必须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>Segment &quot;{name_en}&quot;: the {dim} scores must be whole numbers 1 to 5.</source>
        <translation>客户分群“{name_en}”：{dim} 评分必须是 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>The operator &quot;{op}&quot; does not apply to the field &quot;{key}&quot;.</source>
        <translation>运算符“{op}”不能用于字段“{key}”。</translation>
    </message>
    <message>
        <source>The operator &quot;{op}&quot; does not apply to the text field &quot;{key}&quot;.</source>
        <translation>运算符“{op}”不能用于文本字段“{key}”。</translation>
    </message>
    <message>
        <source>There is no tag called &quot;{tag}&quot; in this workspace.</source>
        <translation>此工作区中没有名为“{tag}”的标签。</translation>
    </message>
    <message>
        <source>The group &quot;{name_en}&quot; has no values.</source>
        <translation>标签组“{name_en}”没有任何取值。</translation>
    </message>
    <message>
        <source>The tag &quot;{name_en}&quot; has not been saved yet.</source>
        <translation>标签“{name_en}”还没有保存。</translation>
    </message>
    <message>
        <source>The tag &quot;{name_en}&quot; no longer exists; it may have been deleted.</source>
        <translation>标签“{name_en}”已不存在，可能已被删除。</translation>
    </message>
    <message>
        <source>The name &quot;{name}&quot; is already used by the tag &quot;{other}&quot;.</source>
        <translation>名称“{name}”已被标签“{other}”使用。</translation>
    </message>
    <message>
        <source>Lifecycle: the days must grow from Active ({active}) to Silent ({silent}) to Lost ({lost}).</source>
        <translation>生命周期：天数必须从活跃（{active}）到沉默（{silent}）再到流失（{lost}）逐级增大。</translation>
    </message>
    <message>
        <source>Value tiers: the top ({top:g}%) and bottom ({bottom:g}%) together exceed 100%.</source>
        <translation>价值分层：最高（{top:g}%）与最低（{bottom:g}%）合计超过了 100%。</translation>
    </message>
    <message>
        <source>There is no tag template called &quot;{key}&quot;.</source>
        <translation>没有名为“{key}”的标签模板。</translation>
    </message>
    <message>
        <source>{group_en}: no customer has a value for &quot;{label_en}&quot; yet.</source>
        <translation>{group_en}：还没有客户有“{label_en}”的数据。</translation>
    </message>
    <message>
        <source>{name_en}: &quot;{label_en}&quot; must be a number from {minimum:g} to {maximum:g}, not {value!r}.</source>
        <translation>{name_en}：“{label_en}”必须是 {minimum:g} 到 {maximum:g} 之间的数字，而不是 {value!r}。</translation>
    </message>
    <message>
        <source>There is no backup copy called &quot;{name}&quot;.</source>
        <translation>没有名为“{name}”的备份。</translation>
    </message>
    <message>
        <source>This workspace was saved by a newer version of ShopLens (format {version}; this copy reads up to {schema_version}).</source>
        <translation>此工作区由更新版本的 ShopLens 保存（格式 {version}；当前版本最多读取到 {schema_version}）。</translation>
    </message>
    <message>
        <source>The workspace file could not be read ({reason}).</source>
        <translation>无法读取工作区文件（{reason}）。</translation>
    </message>
    <message>
        <source>The workspace file is damaged and cannot be read ({exc}).</source>
        <translation>工作区文件已损坏，无法读取（{exc}）。</translation>
    </message>
    <message>
        <source>The workspace file could not be created ({reason}).</source>
        <translation>无法创建工作区文件（{reason}）。</translation>
    </message>
    <message>
        <source>There is no segment &quot;{label}&quot; in segmentation run {run_id}.</source>
        <translation>分群方案 {run_id} 中没有客户分群“{label}”。</translation>
    </message>
    <message>
        <source>There is no segment &quot;{label}&quot; in any segmentation run.</source>
        <translation>任何分群方案中都没有客户分群“{label}”。</translation>
    </message>
    <message>
        <source>Segments of the newest run: {known}.</source>
        <translation>最新分群方案中的客户分群：{known}。</translation>
    </message>
    <message>
        <source>Tags: {known}.</source>
        <translation>标签：{known}。</translation>
    </message>
    <message>
        <source>This workspace has no tags yet.</source>
        <translation>此工作区还没有标签。</translation>
    </message>
    <message>
        <source>Choose {channels}.</source>
        <translation>请选择 {channels}。</translation>
    </message>
    <message>
        <source>Campaigns: {known}.</source>
        <translation>营销活动：{known}。</translation>
    </message>
    <message>
        <source>There is no campaign yet.</source>
        <translation>还没有营销活动。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a cleaning step ShopLens knows. Known steps: {steps}.</source>
        <translation>“{name}”不是 ShopLens 认识的清洗步骤。已知步骤：{steps}。</translation>
    </message>
    <message>
        <source>&quot;{side}&quot; must name a customer by a key, e.g. [&quot;phone&quot;, &quot;13800138000&quot;] (key kinds: {key_fields}).</source>
        <translation>&quot;{side}&quot; 必须用一个标识指明客户，例如 [&quot;phone&quot;, &quot;13800138000&quot;]（标识类型：{key_fields}）。</translation>
    </message>
    <message>
        <source>The parameter &quot;{key}&quot; must be a list of field names.</source>
        <translation>参数 &quot;{key}&quot; 必须是字段名的列表。</translation>
    </message>
    <message>
        <source>The parameter &quot;{key}&quot; must be one of: {options} (it is &quot;{value}&quot;).</source>
        <translation>参数 &quot;{key}&quot; 必须是以下之一：{options}（现在是“{value}”）。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not a valid value for {label}.</source>
        <translation>“{value}”不是{label}的有效值。</translation>
    </message>
    <message>
        <source>The step &quot;{name}&quot; has no parameter {unknown}. It takes: {takes}.</source>
        <translation>步骤 &quot;{name}&quot; 没有参数 {unknown}。它接受：{takes}。</translation>
    </message>
    <message>
        <source>&quot;{name}&quot; is not a ShopLens field. Fields: {fields}.</source>
        <translation>“{name}”不是 ShopLens 的字段。字段：{fields}。</translation>
    </message>
    <message>
        <source>This step cannot be used on the field &quot;{name}&quot;. It works on: {allowed}.</source>
        <translation>此步骤不能用于字段“{name}”。它适用于：{allowed}。</translation>
    </message>
    <message>
        <source>Choose the field whose missing values this step handles (not &quot;{field}&quot;).</source>
        <translation>请选择此步骤处理缺失值的字段（不是“{field}”）。</translation>
    </message>
    <message>
        <source>Net refunds against their original order (original order no. in &quot;{column}&quot;); leave out other {statuses}</source>
        <translation>退款与原订单冲抵（原单号在“{column}”列）；排除其他{statuses}</translation>
    </message>
    <message>
        <source>Net refunds against their original order; leave out other {statuses}</source>
        <translation>退款与原订单冲抵；排除其他{statuses}</translation>
    </message>
    <message>
        <source>Leave out test orders ({rules})</source>
        <translation>排除测试订单（{rules}）</translation>
    </message>
    <message>
        <source>Flag test orders ({rules})</source>
        <translation>标记测试订单（{rules}）</translation>
    </message>
    <message>
        <source>&quot;statuses&quot; must be a list of: {statuses}.</source>
        <translation>&quot;statuses&quot; 必须是以下值的列表：{statuses}。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; must be a list of non-empty texts.</source>
        <translation>&quot;{key}&quot; 必须是非空文本的列表。</translation>
    </message>
    <message>
        <source>The parameters of step {number} are not a list of names and values.</source>
        <translation>第 {number} 步的参数不是名称和值的列表。</translation>
    </message>
    <message>
        <source>&quot;{start}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-01.</source>
        <translation>“{start}”不是日期；请写成 YYYY-MM-DD，例如 2024-06-01。</translation>
    </message>
    <message>
        <source>&quot;--remap {item}&quot; is not in the form OLD=NEW, for example --remap 原单号=退款原单号.</source>
        <translation>&quot;--remap {item}&quot; 的格式不是 旧=新，例如 --remap 原单号=退款原单号。</translation>
    </message>
    <message>
        <source>&quot;--map {item}&quot; is not in the form FIELD=COLUMN, for example --map phone=手机号.</source>
        <translation>&quot;--map {item}&quot; 的格式不是 字段=列，例如 --map phone=手机号。</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; is not a ShopLens field. Fields: {fields}.</source>
        <translation>“{key}”不是 ShopLens 的字段。字段：{fields}。</translation>
    </message>
    <message>
        <source>&quot;{until}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation>“{until}”不是日期；请写成 YYYY-MM-DD，例如 2024-06-30。</translation>
    </message>
    <message>
        <source>&quot;{as_of}&quot; is not a date; write it as YYYY-MM-DD, e.g. 2024-06-30.</source>
        <translation>“{as_of}”不是日期；请写成 YYYY-MM-DD，例如 2024-06-30。</translation>
    </message>
    <message>
        <source>--top must be between 1 and 50.</source>
        <translation>--top 必须在 1 到 50 之间。</translation>
    </message>
    <message>
        <source>--rules cannot be negative.</source>
        <translation>--rules 不能为负数。</translation>
    </message>
    <message>
        <source>The orders name no products and no categories, so there is nothing to suggest.</source>
        <translation>订单中没有商品名称，也没有品类，因此无法给出建议。</translation>
    </message>
    <message>
        <source>Map the product (or category) column when importing orders.</source>
        <translation>导入订单时请映射商品（或品类）列。</translation>
    </message>
    <message>
        <source>--set &quot;{pair}&quot; must be NAME=NUMBER, e.g. lost_days=300.</source>
        <translation>--set &quot;{pair}&quot; 必须写成 名称=数字，例如 lost_days=300。</translation>
    </message>
    <message>
        <source>There is no action called &quot;{key}&quot;.</source>
        <translation>没有名为“{key}”的行动。</translation>
    </message>
    <message>
        <source>Actions: {keys}.</source>
        <translation>可用的行动：{keys}。</translation>
    </message>
    <message>
        <source>The action &quot;{name}&quot; is switched off: its tag was removed.</source>
        <translation>行动“{name}”已关闭：它的标签已被删除。</translation>
    </message>
    <message>
        <source>Restore the action first.</source>
        <translation>请先恢复这个行动。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a period ShopLens knows.</source>
        <translation>ShopLens 不认识“{text}”这个期间。</translation>
    </message>
    <message>
        <source>Use last30, month, quarter, year or a range written YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation>请使用 last30、month、quarter、year，或写成 YYYY-MM-DD:YYYY-MM-DD 的日期范围。</translation>
    </message>
    <message>
        <source>The period &quot;{text}&quot; ends before it starts.</source>
        <translation>期间“{text}”的结束日早于开始日。</translation>
    </message>
    <message>
        <source>Write the first day first: YYYY-MM-DD:YYYY-MM-DD.</source>
        <translation>请先写开始日：YYYY-MM-DD:YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>The columns were read as: {columns}. To choose, add --map FIELD=COLUMN for each (a column&apos;s name or number), for example {example}; --header-row N or --no-header if the header row was not found.</source>
        <translation>各列的读取结果：{columns}。如需指定，请为每一列加上 --map 字段=列（列名或列号），例如 {example}；如果没有找到表头行，请用 --header-row N 或 --no-header。</translation>
    </message>
    <message>
        <source>{hint} {mapping}</source>
        <translation>{hint}{mapping}</translation>
    </message>
    <message>
        <source>The file is empty: no row has any text.</source>
        <translation>文件是空的：没有任何一行有内容。</translation>
    </message>
    <message>
        <source>There are no paid orders of known customers in the calibration period, so there is nothing to predict from.</source>
        <translation>校准期内没有已识别客户的已付款订单，无法进行预测。</translation>
    </message>
    <message>
        <source>There are no paid orders of known customers, so there is nothing to predict from.</source>
        <translation>没有已识别客户的已付款订单，无法进行预测。</translation>
    </message>
    <message>
        <source>Only {repeat} customers bought more than once in the calibration period; predictions need at least {minimum} repeat buyers to say anything.</source>
        <translation>校准期内只有 {repeat} 位客户购买过不止一次；预测至少需要 {minimum} 位复购客户才有意义。</translation>
    </message>
    <message>
        <source>Only {repeat} customers bought more than once; predictions need at least {minimum} repeat buyers to say anything.</source>
        <translation>只有 {repeat} 位客户购买过不止一次；预测至少需要 {minimum} 位复购客户才有意义。</translation>
    </message>
    <message>
        <source>No customer, imported row or backup copy in this workspace has the phone number {value}, so nothing was removed.</source>
        <translation>此工作区的客户、导入的行和备份副本中都没有手机号 {value}，没有删除任何内容。</translation>
    </message>
    <message>
        <source>No customer, imported row or backup copy in this workspace has the e-mail {value}, so nothing was removed.</source>
        <translation>此工作区的客户、导入的行和备份副本中都没有电子邮箱 {value}，没有删除任何内容。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a phone number ShopLens can read, so nothing was removed.</source>
        <translation>“{text}”不是 ShopLens 能识别的手机号，没有删除任何内容。</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not an e-mail address ShopLens can read, so nothing was removed.</source>
        <translation>“{text}”不是 ShopLens 能识别的电子邮箱地址，没有删除任何内容。</translation>
    </message>
    <message>
        <source>Choose at least one column to export.</source>
        <translation>请至少选择一列导出。</translation>
    </message>
    <message>
        <source>Unknown column {unknown}.</source>
        <translation>未知的列：{unknown}。</translation>
    </message>
    <message>
        <source>Columns: {columns}.</source>
        <translation>可选列：{columns}。</translation>
    </message>
    <message>
        <source>The report cannot be written in &quot;{lang}&quot;.</source>
        <translation>报告不能用“{lang}”撰写。</translation>
    </message>
    <message>
        <source>Unknown paper size &quot;{paper}&quot;.</source>
        <translation>未知的纸张大小“{paper}”。</translation>
    </message>
    <message>
        <source>No customer is known as &quot;{who}&quot; (member no., customer ID, phone, e-mail or the ID the data browser shows).</source>
        <translation>没有找到“{who}”对应的客户（可用会员编号、客户编号、手机号、电子邮箱或数据浏览中显示的 ID）。</translation>
    </message>
    <message>
        <source>&quot;{who}&quot; names {n} customers; use a member no. or the ID the data browser shows.</source>
        <translation>“{who}”对应 {n} 位客户；请使用会员编号或数据浏览中显示的 ID。</translation>
    </message>
    <message>
        <source>There is no tag snapshot number {snapshot_id} in this workspace.</source>
        <translation>此工作区中没有编号为 {snapshot_id} 的标签快照。</translation>
    </message>
    <message>
        <source>Snapshot {snapshot_id} is too old: only its counts are kept, not who had the tag.</source>
        <translation>快照 {snapshot_id} 太旧：只保留了人数，没有保留哪些客户有此标签。</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; must be a text, not {name}.</source>
        <translation>{where}：&quot;{key}&quot; 必须是文本，而不是 {name}。</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is missing or empty.</source>
        <translation>{where}：&quot;{key}&quot; 缺失或为空。</translation>
    </message>
    <message>
        <source>{where}: &quot;{key}&quot; is longer than {max_name} characters.</source>
        <translation>{where}：&quot;{key}&quot; 超过了 {max_name} 个字符。</translation>
    </message>
    <message>
        <source>{where}: unknown layer &quot;{layer}&quot;.</source>
        <translation>{where}：未知的标签层级“{layer}”。</translation>
    </message>
    <message>
        <source>Layers: {layer_keys}.</source>
        <translation>标签层级：{layer_keys}。</translation>
    </message>
    <message>
        <source>{where}: colour &quot;{colour}&quot; is not a colour written like #3366cc.</source>
        <translation>{where}：颜色“{colour}”不是 #3366cc 这样的写法。</translation>
    </message>
    <message>
        <source>{where}: a tag must be an object with name_en, name_zh, layer and rule.</source>
        <translation>{where}：标签必须是包含 name_en、name_zh、layer 和 rule 的对象。</translation>
    </message>
    <message>
        <source>{where}: unknown entries {extra}.</source>
        <translation>{where}：未知的条目 {extra}。</translation>
    </message>
    <message>
        <source>{where}: &quot;rule&quot; is missing.</source>
        <translation>{where}：缺少 &quot;rule&quot;。</translation>
    </message>
    <message>
        <source>{where}: a group must be an object with name_en, name_zh, layer and values.</source>
        <translation>{where}：标签组必须是包含 name_en、name_zh、layer 和 values 的对象。</translation>
    </message>
    <message>
        <source>{where}: &quot;values&quot; must be a non-empty list of tags, checked in order.</source>
        <translation>{where}：&quot;values&quot; 必须是按顺序检查的非空标签列表。</translation>
    </message>
    <message>
        <source>{prefix}the file must hold {{&quot;tags&quot;: [...], &quot;groups&quot;: [...]}} or a list of tags.</source>
        <translation>{prefix}文件必须包含 {{&quot;tags&quot;: [...], &quot;groups&quot;: [...]}} 或一个标签列表。</translation>
    </message>
    <message>
        <source>{prefix}unknown entries {extra}.</source>
        <translation>{prefix}未知的条目 {extra}。</translation>
    </message>
    <message>
        <source>{prefix}&quot;tags&quot; and &quot;groups&quot; must be lists.</source>
        <translation>{prefix}&quot;tags&quot; 和 &quot;groups&quot; 必须是列表。</translation>
    </message>
    <message>
        <source>{prefix}the file defines no tags.</source>
        <translation>{prefix}文件中没有定义任何标签。</translation>
    </message>
    <message>
        <source>{prefix}two tags are called &quot;{name}&quot;; each tag needs its own name.</source>
        <translation>{prefix}有两个标签都叫“{name}”；每个标签需要自己的名称。</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}：{problem}</translation>
    </message>
    <message>
        <source>{problem}</source>
        <translation>{problem}</translation>
    </message>
    <message>
        <source>the rule is nested too deeply or is too long.</source>
        <translation>规则嵌套太深或太长。</translation>
    </message>
    <message>
        <source>a rule part must be an object like {{&quot;field&quot;: ..., &quot;op&quot;: ..., &quot;value&quot;: ...}}, not {short}.</source>
        <translation>规则的每一部分必须是 {{&quot;field&quot;: ..., &quot;op&quot;: ..., &quot;value&quot;: ...}} 这样的对象，而不是 {short}。</translation>
    </message>
    <message>
        <source>a rule part needs &quot;field&quot; and &quot;op&quot; (or &quot;all&quot;, &quot;any&quot;, &quot;not&quot;); found {value}.</source>
        <translation>规则的每一部分需要 &quot;field&quot; 和 &quot;op&quot;（或 &quot;all&quot;、&quot;any&quot;、&quot;not&quot;）；实际是 {value}。</translation>
    </message>
    <message>
        <source>a condition cannot hold {names}.</source>
        <translation>条件中不能包含 {names}。</translation>
    </message>
    <message>
        <source>unknown field &quot;{field}&quot;.</source>
        <translation>未知的字段“{field}”。</translation>
    </message>
    <message>
        <source>unknown operator &quot;{raw_op}&quot; (on field &quot;{field}&quot;).</source>
        <translation>未知的运算符“{raw_op}”（字段“{field}”）。</translation>
    </message>
    <message>
        <source>the operator &quot;{key}&quot; does not apply to &quot;{field}&quot;, which is a {kind} field.</source>
        <translation>运算符“{key}”不适用于“{field}”，它是 {kind} 类型的字段。</translation>
    </message>
    <message>
        <source>{label} must be a text, not {short}.</source>
        <translation>{label} 必须是文本，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label} is empty; to find customers without a value, use &quot;is empty&quot;.</source>
        <translation>{label} 为空；要查找没有值的客户，请使用“为空”（is empty）。</translation>
    </message>
    <message>
        <source>{label} must be a number, not {short}.</source>
        <translation>{label} 必须是数字，而不是 {short}。</translation>
    </message>
    <message>
        <source>a &quot;not&quot; part cannot also hold {names}.</source>
        <translation>&quot;not&quot; 部分不能同时包含 {names}。</translation>
    </message>
    <message>
        <source>Known fields: {fields}.</source>
        <translation>已知字段：{fields}。</translation>
    </message>
    <message>
        <source>Known operators: {operators}.</source>
        <translation>已知运算符：{operators}。</translation>
    </message>
    <message>
        <source>an &quot;{join}&quot; part cannot also hold {names}.</source>
        <translation>&quot;{join}&quot; 部分不能同时包含 {names}。</translation>
    </message>
    <message>
        <source>&quot;{join}&quot; needs a list of rule parts, not {short}.</source>
        <translation>&quot;{join}&quot; 需要一个规则部分的列表，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label} must be a list of two values [from, to], not {short}.</source>
        <translation>{label} 必须是包含两个值 [起, 止] 的列表，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label}: the first value ({low}) is larger than the second ({high}).</source>
        <translation>{label}：第一个值（{low}）大于第二个值（{high}）。</translation>
    </message>
    <message>
        <source>{label} must be a date written YYYY-MM-DD, not {short}.</source>
        <translation>{label} 必须是 YYYY-MM-DD 格式的日期，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label} must be a non-empty list, not {short}.</source>
        <translation>{label} 必须是非空列表，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label} must be a percentage above 0 and at most 100, not {short}.</source>
        <translation>{label} 必须是大于 0、不超过 100 的百分比，而不是 {short}。</translation>
    </message>
    <message>
        <source>{label} must be a whole number of days (0 or more), not {short}.</source>
        <translation>{label} 必须是整数天数（0 或以上），而不是 {short}。</translation>
    </message>
    <message>
        <source>Tag &quot;{name_en}&quot;: unknown layer &quot;{layer}&quot;.</source>
        <translation>标签“{name_en}”：未知的标签层级“{layer}”。</translation>
    </message>
    <message>
        <source>Templates: {templates}.</source>
        <translation>模板：{templates}。</translation>
    </message>
    <message>
        <source>{name_en}: unknown setting &quot;{name}&quot;.</source>
        <translation>{name_en}：未知的设置“{name}”。</translation>
    </message>
    <message>
        <source>This backup copy is damaged and cannot be restored: {problems}</source>
        <translation>此备份副本已损坏，无法恢复：{problems}</translation>
    </message>
    <message>
        <source>{user} on {host} has this workspace open since {since}.</source>
        <translation>{user}（{host}）自 {since} 起打开了此工作区。</translation>
    </message>
    <message>
        <source>Close it there first, or open it read-only.</source>
        <translation>请先在那里关闭它，或以只读方式打开。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed. {user} on {host} has had it open since {since}.</source>
        <translation>此工作区以只读方式打开，不能修改。{user}（{host}）自 {since} 起一直打开着它。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed: its folder cannot be written to.</source>
        <translation>此工作区以只读方式打开，不能修改：它所在的文件夹不可写入。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed: the file itself is read-only.</source>
        <translation>此工作区以只读方式打开，不能修改：文件本身是只读的。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so it cannot be changed.</source>
        <translation>此工作区以只读方式打开，不能修改。</translation>
    </message>
    <message>
        <source>This workspace can only be opened read-only: its folder cannot be written to.</source>
        <translation>此工作区只能以只读方式打开：它所在的文件夹不可写入。</translation>
    </message>
    <message>
        <source>This workspace can only be opened read-only: the file itself is read-only.</source>
        <translation>此工作区只能以只读方式打开：文件本身是只读的。</translation>
    </message>
    <message>
        <source>To change it, copy it to a folder you can write to (such as Documents) and open the copy.</source>
        <translation>如需修改，请把它复制到可写入的文件夹（例如“文档”），然后打开副本。</translation>
    </message>
</context>
<context>
    <name>CustomPage</name>
    <message>
        <source>Your own tag</source>
        <translation>自定义标签</translation>
    </message>
    <message>
        <source>Optional: combine conditions with AND / OR; the preview shows who matches.</source>
        <translation>可选：用“并且 / 或者”组合条件；预览会显示哪些客户符合。</translation>
    </message>
    <message>
        <source>Also create a tag with my own rule</source>
        <translation>同时用我自己的规则创建一个标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Customers who bought</source>
        <translation>有购买的客户</translation>
    </message>
    <message>
        <source>Active customers (last 90 days)</source>
        <translation>活跃客户（最近 90 天）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Stopped. Press Refresh to calculate the dashboard again.</source>
        <translation>已停止。点击“刷新”重新计算数据看板。</translation>
    </message>
    <message>
        <source>The dashboard could not be calculated: %1</source>
        <translation>无法计算数据看板：%1</translation>
    </message>
    <message>
        <source>As of %1 (the day after the last order)</source>
        <translation>截至 %1（最后一笔订单的次日）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>No orders yet: import a sales export to fill the dashboard.</source>
        <translation>还没有订单：导入销售数据后看板才会有内容。</translation>
    </message>
    <message>
        <source>Run a segmentation…</source>
        <translation>进行客户分群…</translation>
    </message>
    <message>
        <source>This chart appears once sales orders are imported.</source>
        <translation>导入销售订单后将显示此图表。</translation>
    </message>
    <message>
        <source>Run a segmentation to see the size and revenue share of each segment.</source>
        <translation>进行一次客户分群，即可查看各客户分群的人数和营收占比。</translation>
    </message>
    <message>
        <source>Run a KMeans segmentation to see the customer groups side by side.</source>
        <translation>进行一次 KMeans 聚类分群，即可并排查看各客户群体。</translation>
    </message>
    <message>
        <source>Run a segmentation with KMeans groups to see them side by side.</source>
        <translation>用 KMeans 聚类进行客户分群，即可并排查看各群体。</translation>
    </message>
    <message>
        <source>Not enough data for this chart yet.</source>
        <translation>数据尚不足以绘制此图表。</translation>
    </message>
</context>
<context>
    <name>DataBrowser</name>
    <message>
        <source>Search name, phone, member no. or email</source>
        <translation>搜索姓名、手机号、会员号或邮箱</translation>
    </message>
    <message>
        <source>Search order no., customer name, phone or member no.</source>
        <translation>搜索订单号、客户姓名、手机号或会员号</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Export these customers…</source>
        <translation>导出这些客户…</translation>
    </message>
    <message>
        <source>Export the contact details of the customers shown (search and filters applied)</source>
        <translation>导出当前显示客户的联系方式（已按搜索和筛选条件）</translation>
    </message>
    <message>
        <source>Click to sort; right-click to filter this column</source>
        <translation>单击排序；右键单击筛选此列</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Order count</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
</context>
<context>
    <name>DefaultSegmentationOffer</name>
    <message>
        <source>Segment my customers now (China&apos;s eight customer types)</source>
        <translation>立即为客户分群（RFM 八类客户）</translation>
    </message>
    <message>
        <source>Each customer is high or low in recency, frequency and spend against the shop&apos;s mean. You can rename the segments, run another scheme or delete this run later under Segments.</source>
        <translation>按最近消费、消费频次和消费金额，将每位客户与全店均值比较，分为高或低。之后可在“客户分群”中重命名分群、改用其他方案或删除此分群方案。</translation>
    </message>
    <message>
        <source>Segmenting the customers…</source>
        <translation>正在为客户分群…</translation>
    </message>
    <message>
        <source>Done: the customers are segmented.</source>
        <translation>完成：客户已分群。</translation>
    </message>
    <message>
        <source>Stopped. Nothing was saved.</source>
        <translation>已停止，未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ExportChoiceDialog</name>
    <message>
        <source>Export a contact list</source>
        <translation>导出联系人名单</translation>
    </message>
    <message>
        <source>Whose contact details do you want to export?</source>
        <translation>要导出哪些客户的联系方式？</translation>
    </message>
    <message>
        <source>Next…</source>
        <translation>下一步…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export contact list</source>
        <translation>导出联系人名单</translation>
    </message>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近一次购买</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Suggested product</source>
        <translation>建议商品</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>Campaign channel:</source>
        <translation>营销渠道：</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8（.csv）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>列：</translation>
    </message>
    <message>
        <source>Mask phones and e-mails</source>
        <translation>隐藏部分手机号和邮箱</translation>
    </message>
    <message>
        <source>Phones as 138****5678 and e-mails as a***@example.com, for lists that leave the shop.</source>
        <translation>手机号显示为 138****5678，邮箱显示为 a***@example.com，适合要发给店外的名单。</translation>
    </message>
    <message>
        <source>Include customers who refused marketing</source>
        <translation>包含已退订营销的客户</translation>
    </message>
    <message>
        <source>Only for service messages (an order is ready, a change of opening hours), never for promotions.</source>
        <translation>仅用于服务通知（订单已备好、营业时间变更），不可用于促销。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <source>Counting the customers…</source>
        <translation>正在统计客户…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Customers in the segment %1.</source>
        <translation>客户分群“%1”中的客户。</translation>
    </message>
    <message>
        <source>Customers with the tag %1.</source>
        <translation>带标签“%1”的客户。</translation>
    </message>
    <message numerus="yes">
        <source>The %n customer(s) in the current list.</source>
        <translation>
            <numerusform>当前列表中的 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>%1 customer(s); none refused marketing by %2.</source>
        <translation>%1 位客户；没有人退订%2营销。</translation>
    </message>
    <message>
        <source>%1 customer(s); %3 refused marketing by %2 and will be INCLUDED, as you asked.</source>
        <translation>%1 位客户；其中 %3 位已退订%2营销，按您的选择仍会包含在内。</translation>
    </message>
    <message>
        <source>%1 customer(s); %3 refused marketing by %2 and will be left out.</source>
        <translation>%1 位客户；其中 %3 位已退订%2营销，将不会导出。</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n customer(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位客户写入 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n who refused marketing.</source>
        <translation>
            <numerusform>未导出已退订营销的 %n 位客户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have no contact for this channel.</source>
        <translation>
            <numerusform>其中 %n 位没有该渠道的联系方式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. No file was written.</source>
        <translation>已停止，没有写入任何文件。</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Province / state</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Join date</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>Accepts marketing</source>
        <translation>接受营销</translation>
    </message>
    <message>
        <source>Accepts SMS</source>
        <translation>接受短信</translation>
    </message>
    <message>
        <source>Accepts e-mail</source>
        <translation>接受邮件</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Order count</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Order time</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid time</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Line price</source>
        <translation>商品单价</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>优惠券码</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Pick the spreadsheets exported from your till, online shop or member system. You can pick several at once; each is checked right away.</source>
        <translation>选择从收银系统、网店或会员系统导出的表格文件。可以一次选多个，每个文件都会立即检查。</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>ShopLens reads Excel (.xlsx, .xls, .xlsm, .xlsb), OpenDocument (.ods) and text files (.csv, .tsv, .txt) in any common encoding, including GBK.</source>
        <translation>ShopLens 可以读取 Excel（.xlsx、.xls、.xlsm、.xlsb）、OpenDocument（.ods）和文本文件（.csv、.tsv、.txt），支持包括 GBK 在内的常见编码。</translation>
    </message>
    <message>
        <source>Choose files to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (%1)</source>
        <translation>表格文件 (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Checking the files…</source>
        <translation>正在检查文件…</translation>
    </message>
    <message>
        <source>%1 — cannot be read: %2</source>
        <translation>%1 — 无法读取：%2</translation>
    </message>
    <message>
        <source>%1 — checking…</source>
        <translation>%1 — 正在检查…</translation>
    </message>
    <message>
        <source>%1 — text file</source>
        <translation>%1 — 文本文件</translation>
    </message>
    <message>
        <source>%1 — sheets: %2</source>
        <translation>%1 — 工作表：%2</translation>
    </message>
    <message>
        <source>Remove the files that cannot be read to go on (or fix them and add them again).</source>
        <translation>请先移除无法读取的文件再继续（或修好后重新添加）。</translation>
    </message>
</context>
<context>
    <name>ForgetCustomer</name>
    <message>
        <source>Forget %1?

ShopLens will remove this customer from every table, from the imported rows and from every backup copy (%2 now), so their name, phone number and e-mail are left nowhere in the files. The audit log will only record that a customer was forgotten.

This cannot be undone.</source>
        <translation>删除 %1？

ShopLens 将从所有数据表、导入的原始行和所有备份（当前 %2 份）中删除此客户，文件中不会留下其姓名、手机号或电子邮箱。审计日志只记录有一位客户被删除。

此操作无法撤销。</translation>
    </message>
    <message>
        <source>The customer was forgotten: %1 rows removed (%2 imported rows), %3 backup copies rewritten.</source>
        <translation>客户已删除：共删除 %1 行数据（其中导入的原始行 %2 行），已重写 %3 份备份。</translation>
    </message>
    <message>
        <source>These backup copies could not be rewritten; delete them by hand: %1</source>
        <translation>以下备份无法重写，请手动删除：%1</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Forget this customer</source>
        <translation>删除此客户</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Forgetting the customer…</source>
        <translation>正在删除客户…</translation>
    </message>
    <message>
        <source>Customer forgotten</source>
        <translation>客户已删除</translation>
    </message>
    <message>
        <source>The customer could not be forgotten</source>
        <translation>无法删除客户</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of figures</source>
        <translation>数字释义</translation>
    </message>
    <message>
        <source>Every screen, report and command counts these figures the same way.</source>
        <translation>每个界面、报告和命令都按同样的方式计算这些数字。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Import files…</source>
        <translation>导入数据…</translation>
    </message>
    <message>
        <source>What changed since the last import</source>
        <translation>上次导入以来的变化</translation>
    </message>
    <message>
        <source>This week&apos;s actions</source>
        <translation>本周行动</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>正在计算数据…</translation>
    </message>
    <message>
        <source>Stopped. Choose a period to work out the figures again.</source>
        <translation>已停止。重新选择时间段即可再次计算。</translation>
    </message>
    <message>
        <source>%1 · vs previous period: %2 · vs last year: %3</source>
        <translation>%1 · 环比：%2 · 同比：%3</translation>
    </message>
    <message>
        <source>No orders yet: import a sales export (a till or online-shop export, Excel or CSV) and Home fills in.</source>
        <translation>还没有订单：导入销售数据（收银系统或网店导出的 Excel 或 CSV 文件）后，首页就会显示内容。</translation>
    </message>
    <message>
        <source>At stake: %1 predicted over the next 12 months.</source>
        <translation>涉及价值：预计未来 12 个月 %1。</translation>
    </message>
    <message>
        <source>At stake: worked out once the predictions are updated.</source>
        <translation>涉及价值：预测更新完成后算出。</translation>
    </message>
    <message>
        <source>No campaigns yet. Start one from an action above: a holdout group is kept back, and after the next import Home says whether it worked.</source>
        <translation>还没有营销活动。可从上面的行动发起：系统会保留对照组，下次导入数据后，首页会告诉您活动是否有效。</translation>
    </message>
    <message>
        <source>Open this campaign&apos;s results</source>
        <translation>查看此营销活动的结果</translation>
    </message>
    <message>
        <source>All campaigns…</source>
        <translation>全部营销活动…</translation>
    </message>
    <message>
        <source>%1, %2 (from Home)</source>
        <translation>%1，%2（来自首页）</translation>
    </message>
    <message>
        <source>Buyers, %1 (from Home)</source>
        <translation>购买客户，%1（来自首页）</translation>
    </message>
    <message>
        <source>%1 since the last import (from Home)</source>
        <translation>上次导入以来%1（来自首页）</translation>
    </message>
    <message>
        <source>%1 (this week&apos;s action)</source>
        <translation>%1（本周行动）</translation>
    </message>
</context>
<context>
    <name>HomeWords</name>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义时间段…</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>vs previous period</source>
        <translation>环比</translation>
    </message>
    <message>
        <source>vs last year</source>
        <translation>同比</translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation>%1：无数据</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Each file is saved in one step: if you stop, the file being imported is left out completely.</source>
        <translation>每个文件一次性保存：如果中途停止，正在导入的文件会完全不导入。</translation>
    </message>
    <message>
        <source>Stop import</source>
        <translation>停止导入</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <source>File %1 of %2: %3 — %4</source>
        <translation>第 %1 个文件，共 %2 个：%3 — %4</translation>
    </message>
    <message>
        <source>saving rows</source>
        <translation>正在保存数据行</translation>
    </message>
    <message>
        <source>linking customers and orders</source>
        <translation>正在关联客户和订单</translation>
    </message>
    <message>
        <source>updating customer figures</source>
        <translation>正在更新客户指标</translation>
    </message>
    <message>
        <source>Stopping… the file being imported is being rolled back.</source>
        <translation>正在停止…正在撤销当前文件的导入。</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <source>%1 phone numbers in column &quot;%2&quot; were stored as numbers; they are restored as text.</source>
        <translation>“%2”列中有 %1 个手机号被存成了数字；已恢复为文本。</translation>
    </message>
    <message>
        <source>%1 phone numbers in column &quot;%2&quot; are in scientific notation (like 1.38E+10), so their last digits were lost in the spreadsheet. Export the file again with the column formatted as text.</source>
        <translation>“%2”列中有 %1 个手机号是科学计数法（如 1.38E+10），末几位已在表格中丢失。请把该列设为文本格式后重新导出文件。</translation>
    </message>
    <message>
        <source>%1 rows have no readable order time, so they are not counted as orders (rows %2). They stay in the import.</source>
        <translation>有 %1 行没有可识别的下单时间，因此不计为订单（第 %2 行）。这些行仍保留在导入数据中。</translation>
    </message>
    <message>
        <source>%1 rows name no customer (no member no., phone, e-mail or customer ID); they count as sales without a known customer.</source>
        <translation>有 %1 行没有客户信息（没有会员号、手机号、邮箱或客户编号）；计为未识别客户的销售。</translation>
    </message>
    <message>
        <source>%1 customers have no member no., phone, e-mail or customer ID; they are imported but cannot be linked to orders.</source>
        <translation>有 %1 位客户没有会员号、手机号、邮箱或客户编号；会被导入，但无法与订单关联。</translation>
    </message>
    <message>
        <source>%1 rows repeat an earlier row exactly. Each is kept: in a file without order numbers every row is a purchase of its own. If the file is known to list rows twice, add the cleaning step “Exact duplicate rows: keep the first”.</source>
        <translation>%1 行与前面某一行完全相同。每一行都已保留：没有订单号的文件里，每一行都是一笔独立的购买。如果确知该文件把某些行列了两次，请添加清洗步骤“完全重复的行：只保留第一行”。</translation>
    </message>
    <message>
        <source>%1 orders have no readable amount; they are counted with amount 0.</source>
        <translation>有 %1 笔订单没有可识别的金额；按金额 0 计算。</translation>
    </message>
    <message>
        <source>%1 customers in this file share keys with two different customers already in the workspace. They were linked to the strongest match (member no., then phone, then e-mail); review them under Cleaning.</source>
        <translation>此文件中有 %1 位客户与工作区中两位不同的客户共享识别信息。已按最可靠的匹配关联（先会员号，再手机号，再邮箱）；请在“数据清洗”中核查。</translation>
    </message>
    <message>
        <source>%1 values in column &quot;%2&quot; could not be read as %3; they are left empty (rows %4). The original text stays in the import.</source>
        <translation>“%2”列中有 %1 个值无法识别为%3，已留空（第 %4 行）。原始内容仍保留在导入数据中。</translation>
    </message>
    <message>
        <source>empty row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>title above the column names</source>
        <translation>列名上方的标题</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>column names repeated</source>
        <translation>重复的列名行</translation>
    </message>
    <message>
        <source>note below the data</source>
        <translation>数据下方的备注</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>usual name for this field</source>
        <translation>此字段的常用列名</translation>
    </message>
    <message>
        <source>name contains &quot;%1&quot;</source>
        <translation>列名包含“%1”</translation>
    </message>
    <message>
        <source>the words of the name say: customer</source>
        <translation>列名中的词表明：客户</translation>
    </message>
    <message>
        <source>the words of the name say: amount</source>
        <translation>列名中的词表明：金额</translation>
    </message>
    <message>
        <source>the words of the name say: date</source>
        <translation>列名中的词表明：日期</translation>
    </message>
    <message>
        <source>the words of the name say: quantity</source>
        <translation>列名中的词表明：数量</translation>
    </message>
    <message>
        <source>an id whose values repeat, as a customer&apos;s do</source>
        <translation>编号的值会重复出现，像客户编号一样</translation>
    </message>
    <message>
        <source>only says it is an id: check it</source>
        <translation>只说明这是一个编号：请核对</translation>
    </message>
    <message>
        <source>as in your saved template &quot;%1&quot;</source>
        <translation>与已保存的模板“%1”相同</translation>
    </message>
    <message>
        <source>the values look like e-mail addresses</source>
        <translation>内容看起来是邮箱地址</translation>
    </message>
    <message>
        <source>the values look like phone numbers</source>
        <translation>内容看起来是手机号</translation>
    </message>
    <message>
        <source>the values look like genders</source>
        <translation>内容看起来是性别</translation>
    </message>
    <message>
        <source>the values look like dates</source>
        <translation>这些值看起来像日期</translation>
    </message>
    <message>
        <source>the values look like amounts</source>
        <translation>这些值看起来像金额</translation>
    </message>
    <message>
        <source>no matching field</source>
        <translation>没有对应的字段</translation>
    </message>
    <message>
        <source>orders (each linked to its customer)</source>
        <translation>订单（每笔关联到对应客户）</translation>
    </message>
    <message>
        <source>a customer list</source>
        <translation>客户名单</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>See what to do</source>
        <translation>查看下一步</translation>
    </message>
    <message>
        <source>Open Home: what changed since this import and this week&apos;s actions</source>
        <translation>打开首页：本次导入后的变化和本周行动</translation>
    </message>
</context>
<context>
    <name>KMeansPanel</name>
    <message>
        <source>Metrics to group customers by</source>
        <translation>用于分组的客户指标</translation>
    </message>
    <message>
        <source>Run “Predict customer value…” first to group customers by predictions.</source>
        <translation>请先运行“预测客户价值…”，才能按预测结果分组。</translation>
    </message>
    <message>
        <source>Choose the number of groups myself:</source>
        <translation>自己指定分组数量：</translation>
    </message>
    <message>
        <source>Groups (k)</source>
        <translation>分组数（k）</translation>
    </message>
    <message>
        <source>Silhouette score</source>
        <translation>轮廓系数</translation>
    </message>
    <message>
        <source>How clearly the groups stand apart, from -1 to 1: higher is clearer. The number of groups with the highest score is chosen unless you choose.</source>
        <translation>各组之间区分得有多清楚，范围 -1 到 1：越高越清楚。除非您自己指定，否则选用得分最高的组数。</translation>
    </message>
    <message>
        <source>Tick at least one metric.</source>
        <translation>请至少勾选一个指标。</translation>
    </message>
    <message>
        <source>There are only %1 customers with purchases, fewer than the %2 groups asked for. Ask for fewer groups, or import more orders.</source>
        <translation>有购买的客户只有 %1 位，少于要求的 %2 组。请减少分组数量，或导入更多订单。</translation>
    </message>
    <message>
        <source>Finding groups…</source>
        <translation>正在寻找分组…</translation>
    </message>
    <message>
        <source>Stopped. Change a setting to search again.</source>
        <translation>已停止。更改任一设置即可重新计算。</translation>
    </message>
    <message>
        <source>you chose</source>
        <translation>您指定</translation>
    </message>
    <message>
        <source>best silhouette score</source>
        <translation>轮廓系数最佳</translation>
    </message>
    <message>
        <source>%1 groups (%2) among %3 customers with purchases.</source>
        <translation>在 %3 位有购买的客户中分为 %1 组（%2）。</translation>
    </message>
</context>
<context>
    <name>KpiCard</name>
    <message>
        <source>Click to see these customers.</source>
        <translation>点击查看这些客户。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;demo shop</source>
        <translation>打开示例店铺(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Close workspace</source>
        <translation>关闭工作区(&amp;C)</translation>
    </message>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Glossary of figures</source>
        <translation>数字释义(&amp;G)</translation>
    </message>
    <message>
        <source>Show the &amp;log folder</source>
        <translation>显示日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;About ShopLens</source>
        <translation>关于 ShopLens(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（还没有）</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1（只读）</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>ShopLens workspaces (*.shoplens);;All files (*)</source>
        <translation>ShopLens 工作区 (*.shoplens);;所有文件 (*)</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>My shop</source>
        <translation>我的店铺</translation>
    </message>
    <message>
        <source>ShopLens workspaces (*.shoplens)</source>
        <translation>ShopLens 工作区 (*.shoplens)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Creating %1…</source>
        <translation>正在创建 %1…</translation>
    </message>
    <message>
        <source>The workspace could not be opened</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>%1 customers · %2 orders</source>
        <translation>%1 位客户 · %2 笔订单</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>The demo shop could not be built</source>
        <translation>无法创建示例店铺</translation>
    </message>
    <message>
        <source>Building the demo shop (about a minute)…</source>
        <translation>正在创建示例店铺（大约一分钟）…</translation>
    </message>
    <message>
        <source>Building the demo shop was cancelled.</source>
        <translation>已取消创建示例店铺。</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>Spreadsheets (%1);;All files (*)</source>
        <translation>表格文件 (%1);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open or create a workspace first (or open the demo shop), then drop the files again.</source>
        <translation>请先打开或新建一个工作区（或打开示例店铺），然后再把文件拖进来。</translation>
    </message>
    <message>
        <source>The settings could not be saved</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>ShopLens writes its log to %1</source>
        <translation>ShopLens 的日志写在 %1</translation>
    </message>
    <message>
        <source>About ShopLens</source>
        <translation>关于 ShopLens</translation>
    </message>
    <message>
        <source>ShopLens %1: customer profiles and segments from a shop&apos;s spreadsheets.

Chinese text uses the WenQuanYi Micro Hei font (Apache-2.0).</source>
        <translation>ShopLens %1：用店铺的表格数据生成客户画像和客户分群。

中文显示使用文泉驿微米黑字体（Apache-2.0 许可）。</translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Example values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>your choice</source>
        <translation>您的选择</translation>
    </message>
    <message>
        <source>chosen by you</source>
        <translation>由您选择</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>字段映射</translation>
    </message>
    <message>
        <source>Reading the whole sheet and looking at the values…</source>
        <translation>正在读取整个工作表并检查数值…</translation>
    </message>
    <message>
        <source>Checking the values with your choice…</source>
        <translation>正在按您的选择检查数值…</translation>
    </message>
    <message>
        <source>%1 rows will be imported as %2.</source>
        <translation>将导入 %1 行，作为%2。</translation>
    </message>
    <message>
        <source>These columns match your saved import template “%1”, so your choices from last time are used.</source>
        <translation>这些列与您保存的导入模板“%1”一致，因此沿用上次的选择。</translation>
    </message>
    <message>
        <source>Check the guesses. Click a field to change it; columns you do not import are still kept with the import.</source>
        <translation>请检查自动识别的结果。点击字段可以修改；不导入的列也会随本次导入一起保留。</translation>
    </message>
    <message>
        <source>Cannot import yet: %1</source>
        <translation>暂时无法导入：%1</translation>
    </message>
    <message>
        <source>What ShopLens noticed:</source>
        <translation>ShopLens 发现：</translation>
    </message>
    <message>
        <source>No problems found in the values.</source>
        <translation>数值中没有发现问题。</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How should customers be segmented?</source>
        <translation>用哪种方法进行客户分群？</translation>
    </message>
    <message>
        <source>Every method puts each customer in exactly one segment. You can run several and compare them later.</source>
        <translation>每种方法都会把每位客户分到且仅分到一个客户分群。可以运行多个分群方案，之后再比较。</translation>
    </message>
    <message>
        <source>China&apos;s eight customer types (RFM)</source>
        <translation>RFM 八类客户</translation>
    </message>
    <message>
        <source>Recency, frequency and spend are each high or low against the shop&apos;s mean or median: Important value, Important win-back, General development, …</source>
        <translation>最近购买、购买频次和消费金额分别与全店均值或中位数比较高低：重要价值客户、重要挽留客户、一般发展客户……</translation>
    </message>
    <message>
        <source>R×F grid (ten segments)</source>
        <translation>R×F 十类客户</translation>
    </message>
    <message>
        <source>Recency and frequency scored 1 to 5 and grouped into ten segments: Champions, Loyal, New customers, At risk, Hibernating, …</source>
        <translation>最近购买和购买频次各打 1–5 分，组合成十个客户分群：核心客户、忠诚客户、新客户、风险客户、沉睡客户……</translation>
    </message>
    <message>
        <source>Your own grid</source>
        <translation>自定义网格</translation>
    </message>
    <message>
        <source>Start from the R×F grid and decide which scores belong to which segment.</source>
        <translation>从 R×F 网格出发，自己决定哪些分数属于哪个客户分群。</translation>
    </message>
    <message>
        <source>KMeans groups</source>
        <translation>KMeans 聚类</translation>
    </message>
    <message>
        <source>Let the computer find groups of similar customers and name them in plain words; good for discovering patterns.</source>
        <translation>由电脑找出相似的客户群体并用通俗的话命名，适合发现规律。</translation>
    </message>
</context>
<context>
    <name>MovementTab</name>
    <message>
        <source>From</source>
        <translation>原分群</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>No earlier snapshot of this scheme yet. After the next import (or another run of the same scheme), this shows how many customers moved from which segment to which.</source>
        <translation>这种分群方法还没有更早的快照。下次导入数据（或再次运行同一方法）后，这里会显示有多少客户从哪个分群流动到哪个分群。</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 customers changed segment, %4 stayed.</source>
        <translation>从 %1 到 %2：%3 位客户更换了客户分群，%4 位保持不变。</translation>
    </message>
    <message>
        <source>(not in run)</source>
        <translation>（不在方案中）</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待付款</translation>
    </message>
</context>
<context>
    <name>ParametersPage</name>
    <message>
        <source>Settings and live counts</source>
        <translation>设置与实时人数</translation>
    </message>
    <message>
        <source>Metrics as of:</source>
        <translation>指标截至日期：</translation>
    </message>
    <message>
        <source>Recency and the other metrics are counted up to the day before this date.</source>
        <translation>最近购买等指标统计到此日期的前一天。</translation>
    </message>
    <message>
        <source>Each customer is high or low in recency, frequency and spend against the shop.</source>
        <translation>每位客户的最近购买、购买频次和消费金额与全店比较，分为高或低。</translation>
    </message>
    <message>
        <source>Recency and frequency are scored 1 to 5; the 25 cells form ten segments.</source>
        <translation>最近购买和购买频次各打 1–5 分，25 个格子组成十个客户分群。</translation>
    </message>
    <message>
        <source>Give each segment the R and F scores it takes; every cell must belong to exactly one segment.</source>
        <translation>为每个客户分群指定它包含的 R 分和 F 分；每个格子必须属于且仅属于一个客户分群。</translation>
    </message>
    <message>
        <source>Customers are grouped by similar metrics; the number of groups is chosen by the silhouette score unless you choose it.</source>
        <translation>按指标相似程度给客户分组；除非您自己指定，分组数量按轮廓系数自动选择。</translation>
    </message>
    <message>
        <source>(the day after the last order is %1)</source>
        <translation>（最后一笔订单的次日为 %1）</translation>
    </message>
</context>
<context>
    <name>PredictDialog</name>
    <message>
        <source>Predicted customer value</source>
        <translation>客户价值预测</translation>
    </message>
    <message>
        <source>Run the predictions to see how well they match the later orders.</source>
        <translation>运行预测后，可查看预测与之后的实际订单是否吻合。</translation>
    </message>
    <message>
        <source>Run predictions</source>
        <translation>运行预测</translation>
    </message>
    <message>
        <source>ShopLens learns from each customer&apos;s orders how likely they are to buy again and what they may spend. The predictions appear on every profile card and in tag rules, and are refreshed after every import.</source>
        <translation>ShopLens 从每位客户的订单中学习其再次购买的可能性和可能的消费金额。预测结果显示在每张客户档案卡上，也可用于标签规则，并在每次导入后自动更新。</translation>
    </message>
    <message>
        <source>Details: settings, model parameters and the check chart</source>
        <translation>详细：设置、模型参数与检验图</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Time unit:</source>
        <translation>时间单位：</translation>
    </message>
    <message>
        <source>Money next year is worth a little less than money today: the 12-month value discounts each month by this rate.</source>
        <translation>明年的钱不如今天的钱值钱：未来12个月价值按此比率逐月折现。</translation>
    </message>
    <message>
        <source>Monthly discount rate:</source>
        <translation>月折现率：</translation>
    </message>
    <message>
        <source>Hold out the last third of the history</source>
        <translation>留出最后三分之一的历史作为对照期</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>检验：</translation>
    </message>
    <message>
        <source>Calibration ends on:</source>
        <translation>校准期截止：</translation>
    </message>
    <message>
        <source>purchase rate: shape</source>
        <translation>购买频率：形状</translation>
    </message>
    <message>
        <source>purchase rate: scale (time)</source>
        <translation>购买频率：尺度（时间）</translation>
    </message>
    <message>
        <source>dropout after a purchase: a</source>
        <translation>购买后流失：a</translation>
    </message>
    <message>
        <source>dropout after a purchase: b</source>
        <translation>购买后流失：b</translation>
    </message>
    <message>
        <source>spend level: shape</source>
        <translation>消费水平：形状</translation>
    </message>
    <message>
        <source>spend level: scale (money)</source>
        <translation>消费水平：尺度（金额）</translation>
    </message>
    <message>
        <source>order value: shape</source>
        <translation>单笔金额：形状</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>No predictions yet. Run predictions to see who is likely to buy again.</source>
        <translation>尚无预测。运行预测，看看哪些客户可能再次购买。</translation>
    </message>
    <message>
        <source>No predictions yet.</source>
        <translation>尚未预测。</translation>
    </message>
    <message>
        <source>From orders through %1 (time unit: %2).</source>
        <translation>依据截至 %1 的订单（时间单位：%2）。</translation>
    </message>
    <message>
        <source>%1 customers, %2 of them bought more than once.</source>
        <translation>共 %1 位客户，其中 %2 位复购过。</translation>
    </message>
    <message>
        <source>Expected purchases in the next 90 days: %1.</source>
        <translation>未来90天预计购买：%1 次。</translation>
    </message>
    <message>
        <source>Likely to buy again in the next 12 months: high for %1 customers, medium for %2, low for %3.</source>
        <translation>未来12个月再次购买的可能性：高 %1 位客户，中 %2 位，低 %3 位。</translation>
    </message>
    <message>
        <source>Expected spend in the next 12 months, all customers together: %1.</source>
        <translation>全部客户未来12个月预计消费合计：%1。</translation>
    </message>
    <message>
        <source>From the orders through %1.</source>
        <translation>依据截至 %1 的订单。</translation>
    </message>
    <message>
        <source>Not checked on later orders: %1</source>
        <translation>未用后期订单检验：%1</translation>
    </message>
    <message>
        <source>The check came close:</source>
        <translation>检验结果接近：</translation>
    </message>
    <message>
        <source>The check came fairly close:</source>
        <translation>检验结果大致接近：</translation>
    </message>
    <message>
        <source>The check was rough; treat the figures as a rough guide:</source>
        <translation>检验偏差较大，以上数字仅供粗略参考：</translation>
    </message>
    <message>
        <source>on the later orders, the model expected %1 purchases and customers made %2 (%3).</source>
        <translation>在后期订单上，模型预计购买 %1 次，客户实际购买 %2 次（%3）。</translation>
    </message>
    <message>
        <source>Fitted on orders through %1, the model expected %2 purchases by these customers up to %3; they made %4 (%5).</source>
        <translation>用截至 %1 的订单拟合，模型预计这些客户到 %3 为止购买 %2 次；实际购买 %4 次（%5）。</translation>
    </message>
    <message>
        <source>Fitting the models…</source>
        <translation>正在拟合模型…</translation>
    </message>
    <message>
        <source>Predictions saved.</source>
        <translation>预测已保存。</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>预测</translation>
    </message>
    <message>
        <source>Stopped; nothing was changed.</source>
        <translation>已停止，未做任何更改。</translation>
    </message>
</context>
<context>
    <name>PredictSection</name>
    <message>
        <source>Predicted value</source>
        <translation>预测价值</translation>
    </message>
    <message>
        <source>Not predicted yet: Predict… fits the models on this shop&apos;s orders.</source>
        <translation>尚未预测：点击“预测…”用本店订单拟合模型。</translation>
    </message>
    <message>
        <source>From orders through %1 (BG/NBD and Gamma-Gamma models).</source>
        <translation>依据截至 %1 的订单（BG/NBD 与 Gamma-Gamma 模型）。</translation>
    </message>
    <message>
        <source>No prediction: this customer had no orders by %1.</source>
        <translation>无预测：该客户在 %1 之前没有订单。</translation>
    </message>
    <message>
        <source>Probability still active</source>
        <translation>仍活跃概率</translation>
    </message>
    <message>
        <source>Expected orders, next 90 days</source>
        <translation>未来90天预计购买次数</translation>
    </message>
    <message>
        <source>Churn risk (no order in 12 months)</source>
        <translation>流失风险（12个月内不再购买）</translation>
    </message>
    <message>
        <source>Expected spend per order</source>
        <translation>预计客单价</translation>
    </message>
    <message>
        <source>Expected next order (if still active)</source>
        <translation>预计下次购买（若仍活跃）</translation>
    </message>
    <message>
        <source>not within 5 years</source>
        <translation>5年内不会</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Likely to buy again in the next 12 months: %1</source>
        <translation>未来 12 个月再次购买的可能性：%1</translation>
    </message>
    <message>
        <source>Expected spend, next 12 months: %1</source>
        <translation>未来 12 个月预计消费：%1</translation>
    </message>
    <message>
        <source>Next order expected around %1, if still a customer.</source>
        <translation>如仍是活跃客户，预计下次购买约在 %1。</translation>
    </message>
    <message>
        <source>Predicted 12-month value</source>
        <translation>未来12个月预测价值</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Predict…</source>
        <translation>预测…</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check where the data starts</source>
        <translation>确认数据从哪里开始</translation>
    </message>
    <message>
        <source>No row of column names was found: every row is data, and the columns are numbered. If a row does hold the column names, untick the box below and choose it.</source>
        <translation>没有找到列名所在的行：每一行都是数据，各列按编号命名。如果某一行确实是列名，请取消勾选下面的选项并选中那一行。</translation>
    </message>
    <message>
        <source>The highlighted row holds the column names; rows above it are not imported. If it is the wrong row, click the right one and press “Use as column names”.</source>
        <translation>高亮的一行是列名；它上面的行不会导入。如果选错了，请点击正确的一行，然后点“用作列名”。</translation>
    </message>
    <message>
        <source>Column names are on row:</source>
        <translation>列名所在的行：</translation>
    </message>
    <message>
        <source>Use as column names</source>
        <translation>用作列名</translation>
    </message>
    <message>
        <source>The first row is data: the file has no column names (the columns are called Column 1, Column 2, …)</source>
        <translation>第一行就是数据：文件没有列名（各列称为 Column 1、Column 2…）</translation>
    </message>
    <message>
        <source>%1, sheet “%2”</source>
        <translation>%1，工作表“%2”</translation>
    </message>
    <message>
        <source>Reading the first rows…</source>
        <translation>正在读取前几行…</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>bars</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>runs of spaces</source>
        <translation>连续空格</translation>
    </message>
    <message>
        <source>spaces into fixed-width columns</source>
        <translation>空格对齐的固定宽度列</translation>
    </message>
    <message>
        <source>Read as %1 text separated by %2</source>
        <translation>按 %1 编码读取，以%2分隔</translation>
    </message>
</context>
<context>
    <name>ProfileCard</name>
    <message>
        <source>Member no.</source>
        <translation>会员号</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat ID</source>
        <translation>微信号</translation>
    </message>
    <message>
        <source>Customer reference</source>
        <translation>客户编号（来源）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>客户画像：%1</translation>
    </message>
    <message>
        <source>This customer is no longer in the workspace.</source>
        <translation>工作区中已没有这位客户。</translation>
    </message>
    <message>
        <source>Order timeline</source>
        <translation>订单时间线</translation>
    </message>
    <message>
        <source>Keys from every source</source>
        <translation>各来源的识别信息</translation>
    </message>
    <message>
        <source>Forget this customer…</source>
        <translation>删除此客户…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本资料</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Member level</source>
        <translation>会员等级</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>入会日期</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>积分</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Spend summary</source>
        <translation>消费概况</translation>
    </message>
    <message>
        <source>Paid orders</source>
        <translation>已付款订单</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>平均客单价</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Discounts received</source>
        <translation>获得优惠</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Favourite channel</source>
        <translation>常用渠道</translation>
    </message>
    <message>
        <source>Member-list history</source>
        <translation>会员历史消费</translation>
    </message>
    <message>
        <source>%1 orders, %2 (from the member list, counted apart from the imported orders)</source>
        <translation>%1 笔订单，%2（来自会员名单，与导入的订单分开统计）</translation>
    </message>
    <message>
        <source>No paid orders in the imported sales data.</source>
        <translation>导入的销售数据中没有已付款订单。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>ProgressBox</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>QualityPage</name>
    <message>
        <source>How complete and readable each field is with the cleaning recipe as it stands now (nothing is changed until you apply it).</source>
        <translation>按当前的清洗步骤，各字段的完整和可读程度（点击“应用并重建”之前不会改动任何数据）。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>已填写</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>由哪些步骤修改</translation>
    </message>
    <message>
        <source>Check the data with this recipe</source>
        <translation>按这些清洗步骤检查数据</translation>
    </message>
    <message>
        <source>Checking the data…</source>
        <translation>正在检查数据…</translation>
    </message>
    <message>
        <source>Rows: %1 read, %2 kept, %3 left out by the recipe.</source>
        <translation>行数：读取 %1 行，保留 %2 行，清洗步骤排除 %3 行。</translation>
    </message>
    <message>
        <source>Exact duplicate rows in the imports: %1.</source>
        <translation>导入数据中完全重复的行：%1。</translation>
    </message>
    <message>
        <source>Customers merged in the last cleaning: %1.</source>
        <translation>上次清洗合并的客户：%1。</translation>
    </message>
    <message>
        <source>Flagged for review: %1.</source>
        <translation>标记待核查：%1。</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>Segment report</source>
        <translation>分群报告</translation>
    </message>
    <message>
        <source>A printable report: a cover, the summary, one page per segment with its profile, recommended action and top customers (phones masked), and the dashboard&apos;s charts.</source>
        <translation>可打印的报告：封面、摘要、每个分群一页（画像、建议动作和主要客户，手机号已隐藏部分），以及仪表盘图表。</translation>
    </message>
    <message>
        <source>Segmentation run:</source>
        <translation>分群方案：</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4（210 × 297 毫米）</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Letter（8.5 × 11 英寸）</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张：</translation>
    </message>
    <message>
        <source>The report shows the segments of a segmentation run, and there is none yet. Segment the customers now with the default scheme, then preview, print or save the report.</source>
        <translation>报告展示分群方案中的各个客户分群，但目前还没有分群方案。现在用默认方案为客户分群，然后即可预览、打印或保存报告。</translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>#%1 %2 (as of %3)</source>
        <translation>#%1 %2（截至 %3）</translation>
    </message>
    <message>
        <source>The customers are segmented: preview, print or save the report.</source>
        <translation>客户已分群：可以预览、打印或保存报告了。</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>正在准备报告…</translation>
    </message>
    <message numerus="yes">
        <source>The report has %n page(s).</source>
        <translation>
            <numerusform>报告共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>已将 %n 页发送到打印机。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>正在保存 PDF…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Print a segment report…</source>
        <translation>打印分群报告…</translation>
    </message>
    <message>
        <source>Export a contact list…</source>
        <translation>导出联系人名单…</translation>
    </message>
    <message>
        <source>What customers buy together…</source>
        <translation>顾客常一起买什么…</translation>
    </message>
    <message>
        <source>There is no segmentation yet, so the segment report and the segment chart have nothing to show. Segment the customers now with the default scheme (you can choose another under Segments).</source>
        <translation>还没有分群方案，所以分群报告和分群图表暂无内容。现在用默认方案为客户分群（之后可在“客户分群”中选择其他方案）。</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>ShopLens keeps copies of “%1” before risky changes and once a day while it is used. Restoring a copy puts the workspace back as it was then; the workspace as it is now is copied first, so a restore can be undone.</source>
        <translation>ShopLens 会在有风险的更改之前、以及使用期间每天一次为“%1”保存备份。恢复备份会让工作区回到当时的状态；恢复之前会先备份当前的工作区，因此恢复也可以撤销。</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Reading the backup copies…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Restore this copy…</source>
        <translation>恢复此备份…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>%1 backup copies in %2</source>
        <translation>%1 个备份，位于 %2</translation>
    </message>
    <message>
        <source>There are no backup copies of this workspace yet.</source>
        <translation>此工作区还没有备份。</translation>
    </message>
    <message>
        <source>Before upgrading the file</source>
        <translation>文件升级前</translation>
    </message>
    <message>
        <source>Daily copy</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <source>Before cleaning</source>
        <translation>清洗数据前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复备份前</translation>
    </message>
    <message>
        <source>Before forgetting a customer</source>
        <translation>删除客户信息前</translation>
    </message>
    <message>
        <source>Put the workspace back as it was on %1 (%2 customers, %3 orders)?</source>
        <translation>将工作区恢复到 %1 时的状态（%2 位客户，%3 笔订单）吗？</translation>
    </message>
    <message>
        <source>The workspace as it is now is copied first. Changes made after that date are only in that copy.</source>
        <translation>会先备份当前的工作区。该日期之后所做的更改只保留在那份备份中。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Making a backup copy…</source>
        <translation>正在备份…</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Show skipped rows…</source>
        <translation>查看跳过的行…</translation>
    </message>
    <message>
        <source>Import stopped</source>
        <translation>导入已停止</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Files imported: %1 of %2</source>
        <translation>已导入文件：%1 / %2</translation>
    </message>
    <message>
        <source>Rows read: %1; rows skipped: %2</source>
        <translation>读取行数：%1；跳过行数：%2</translation>
    </message>
    <message>
        <source>Orders added: %1; already in the workspace: %2</source>
        <translation>新增订单：%1；工作区中已有：%2</translation>
    </message>
    <message>
        <source>%1 of them count as paid orders in the figures; the other %2 are refunds, cancellations or orders without a date.</source>
        <translation>其中 %1 笔在各项数据中计为已付款订单；其余 %2 笔为退款、取消或没有日期的订单。</translation>
    </message>
    <message>
        <source>New customers: %1; matched to existing customers: %2</source>
        <translation>新客户：%1；匹配到已有客户：%2</translation>
    </message>
    <message>
        <source>Your saved cleaning recipe (%1 steps) was applied to the new rows too.</source>
        <translation>已保存的清洗步骤（共 %1 步）也已应用到新导入的行。</translation>
    </message>
    <message>
        <source>Stopped: nothing from this file was saved.</source>
        <translation>已停止：这个文件的内容都没有保存。</translation>
    </message>
    <message>
        <source>Not imported: the import was stopped before this file.</source>
        <translation>未导入：在处理这个文件之前导入已停止。</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Next: “See what to do” opens Home, with what changed since this import and this week&apos;s actions for your customers.</source>
        <translation>下一步：点击“查看下一步”打开首页，查看本次导入后的变化和本周针对客户的行动。</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the segments</source>
        <translation>检查客户分群</translation>
    </message>
    <message>
        <source>Medians are shown as segment / whole shop. Double-click a name or an action to change it.</source>
        <translation>中位数显示为“本分群 / 全店”。双击名称或建议措施即可修改。</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>营收占比</translation>
    </message>
    <message>
        <source>Days since last order</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Spend</source>
        <translation>消费金额</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Segmenting…</source>
        <translation>正在分群…</translation>
    </message>
    <message>
        <source>Stopped: nothing was saved. Press Back to change the settings, or try again.</source>
        <translation>已停止，未保存任何内容。点击“上一步”修改设置，或重试。</translation>
    </message>
    <message>
        <source>Means are shown as segment / whole shop, because these segments are defined against the shop&apos;s mean. Double-click a name or an action to change it.</source>
        <translation>显示为“分群 / 全店”的平均值，因为这些分群按全店平均值划分。双击名称或行动建议可修改。</translation>
    </message>
    <message>
        <source>%1 customers in %2 segments, as of %3.</source>
        <translation>截至 %3，%1 位客户分为 %2 个客户分群。</translation>
    </message>
</context>
<context>
    <name>RfmPanel</name>
    <message>
        <source>Compare each customer with the shop&apos;s:</source>
        <translation>每位客户与全店的哪个值比较：</translation>
    </message>
    <message>
        <source>mean (average)</source>
        <translation>均值（平均数）</translation>
    </message>
    <message>
        <source>median (middle customer)</source>
        <translation>中位数（居中的客户）</translation>
    </message>
    <message>
        <source>Fix the grid above to see the counts.</source>
        <translation>先修正上面的网格，才能看到人数。</translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation>正在载入客户指标…</translation>
    </message>
    <message>
        <source>%1 customers, as of %2.</source>
        <translation>截至 %2，共 %1 位客户。</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <source>What customers buy together and next</source>
        <translation>顾客常一起买、接着买什么</translation>
    </message>
    <message>
        <source>Patterns in this shop&apos;s own orders, strongest first. &quot;Next&quot; means on the customer&apos;s next visit; &quot;how often&quot; is the share of those customers (or orders) that did, and &quot;times usual&quot; compares it with all returning customers (or all orders). Suggestions on each profile card come from these.</source>
        <translation>从本店自己的订单中找到的规律，最强的在前。“下次”指顾客的下一次购买；“比例”是这些顾客（或订单）中真的这样买的占比，“是平常的几倍”与全部回头客（或全部订单）相比。每张客户档案上的建议商品都来自这些规律。</translation>
    </message>
    <message>
        <source>Too few orders to find a pattern yet. Suggestions appear once several customers buy the same products together or one after another.</source>
        <translation>订单还太少，尚未发现规律。当有多位顾客一起购买或先后购买相同的商品时，这里就会出现建议。</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>规律</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>比例</translation>
    </message>
    <message>
        <source>Times usual</source>
        <translation>是平常的几倍</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>support %1, confidence %2, lift %3</source>
        <translation>支持度 %1，置信度 %2，提升度 %3</translation>
    </message>
</context>
<context>
    <name>SavePage</name>
    <message>
        <source>Save the segmentation run</source>
        <translation>保存分群方案</translation>
    </message>
    <message>
        <source>The run is kept in the workspace with its members. After every import its segments are updated, so you can see how customers move between them.</source>
        <translation>分群方案连同成员保存在工作区中。每次导入数据后都会更新其客户分群，便于查看客户在分群之间的流动。</translation>
    </message>
    <message>
        <source>Name of the run:</source>
        <translation>分群方案名称：</translation>
    </message>
    <message>
        <source>%1 customers as of %2 in these segments: %3.</source>
        <translation>截至 %2，%1 位客户分入以下客户分群：%3。</translation>
    </message>
</context>
<context>
    <name>SchemeEditor</name>
    <message>
        <source>Name of your scheme:</source>
        <translation>方案名称：</translation>
    </message>
    <message>
        <source>My segments</source>
        <translation>我的客户分群</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>R scores</source>
        <translation>R 分</translation>
    </message>
    <message>
        <source>F scores</source>
        <translation>F 分</translation>
    </message>
    <message>
        <source>Scores are 1 to 5: write 4-5, or 1,2, or 3. R 5 = bought most recently, F 5 = buys most often.</source>
        <translation>分数为 1 到 5：可写 4-5、1,2 或 3。R 5 = 最近刚购买，F 5 = 购买最频繁。</translation>
    </message>
    <message>
        <source>Add segment</source>
        <translation>添加分群</translation>
    </message>
    <message>
        <source>Remove segment</source>
        <translation>删除分群</translation>
    </message>
    <message>
        <source>Start from the R×F grid</source>
        <translation>从 R×F 网格重新开始</translation>
    </message>
    <message>
        <source>Which segment each score cell belongs to:</source>
        <translation>每个分数格子所属的客户分群：</translation>
    </message>
    <message>
        <source>Segment %1</source>
        <translation>分群 %1</translation>
    </message>
    <message>
        <source>Segment &quot;%1&quot;: write the scores as numbers 1 to 5, e.g. 4-5 or 1,2.</source>
        <translation>分群“%1”：分数请写成 1 到 5 的数字，例如 4-5 或 1,2。</translation>
    </message>
    <message>
        <source>%1 score cells belong to more than one segment: %2.</source>
        <translation>有 %1 个分数格子同时属于多个客户分群：%2。</translation>
    </message>
    <message>
        <source>%1 score cells belong to no segment: %2.</source>
        <translation>有 %1 个分数格子不属于任何客户分群：%2。</translation>
    </message>
    <message>
        <source>Change the scores so that every cell belongs to exactly one segment.</source>
        <translation>请修改分数，使每个格子属于且仅属于一个客户分群。</translation>
    </message>
    <message>
        <source>Every one of the 25 score cells belongs to exactly one segment.</source>
        <translation>全部 25 个分数格子都属于且仅属于一个客户分群。</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>数据清洗</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
</context>
<context>
    <name>SegmentBrowser</name>
    <message>
        <source>No segmentation run yet. Run a segmentation to see your customers&apos; segments, their members and recommended actions, and later how customers move between segments after each import.</source>
        <translation>还没有分群方案。进行一次客户分群，即可查看客户分群、成员和建议措施；之后每次导入数据，还能看到客户在分群之间的流动。</translation>
    </message>
    <message>
        <source>Run a segmentation…</source>
        <translation>进行客户分群…</translation>
    </message>
    <message>
        <source>Segmentation run:</source>
        <translation>分群方案：</translation>
    </message>
    <message>
        <source>New segmentation…</source>
        <translation>新建客户分群…</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>删除分群方案</translation>
    </message>
    <message>
        <source>Predict customer value…</source>
        <translation>预测客户价值…</translation>
    </message>
    <message>
        <source>Who is likely to come back, and what each customer is worth (BG/NBD and Gamma-Gamma models)</source>
        <translation>哪些客户可能再次光顾，以及每位客户的价值（BG/NBD 与 Gamma-Gamma 模型）</translation>
    </message>
    <message>
        <source>Segments and members</source>
        <translation>客户分群与成员</translation>
    </message>
    <message>
        <source>Compare two runs</source>
        <translation>比较两个分群方案</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>客户流动</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>营收</translation>
    </message>
    <message>
        <source>Revenue share</source>
        <translation>营收占比</translation>
    </message>
    <message>
        <source>Recommended action</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Names and recommended action</source>
        <translation>名称与建议措施</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <source>Action (English):</source>
        <translation>措施（英文）：</translation>
    </message>
    <message>
        <source>Action (Chinese):</source>
        <translation>措施（中文）：</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Export contact list…</source>
        <translation>导出联系人名单…</translation>
    </message>
    <message>
        <source>Export the contact details of this segment&apos;s members</source>
        <translation>导出该客户分群成员的联系方式</translation>
    </message>
    <message>
        <source>Start campaign…</source>
        <translation>发起营销活动…</translation>
    </message>
    <message>
        <source>Send this segment a message, with a holdout group that shows what the message brought</source>
        <translation>向该客户分群发送营销信息，并保留对照组以衡量效果</translation>
    </message>
    <message>
        <source>Search name, phone or member no.</source>
        <translation>搜索姓名、手机号或会员卡号</translation>
    </message>
    <message>
        <source>Double-click a customer to open the profile card.</source>
        <translation>双击客户可打开客户档案。</translation>
    </message>
    <message>
        <source>#%1 %2 — as of %3, %4 customers</source>
        <translation>#%1 %2 — 截至 %3，%4 位客户</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>%1的成员</translation>
    </message>
    <message>
        <source>%1 of them are known only from a member list&apos;s purchase history (累计消费, 消费次数): that history is counted apart from the imported orders, so they are here and not among the buyers.</source>
        <translation>其中 %1 位客户只有会员名单中的历史消费（累计消费、消费次数）：这些历史与导入的订单分开统计，因此他们在这里，而不计入购买客户。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有改动。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Delete the segmentation run “%1” with its members and history? Your customers and orders stay.</source>
        <translation>删除分群方案“%1”及其成员和历史记录吗？客户和订单数据不受影响。</translation>
    </message>
</context>
<context>
    <name>SegmentationWizard</name>
    <message>
        <source>Days since last order</source>
        <translation>距上次购买天数</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>客单价</translation>
    </message>
    <message>
        <source>Days as a customer</source>
        <translation>成为客户的天数</translation>
    </message>
    <message>
        <source>Typical days between orders</source>
        <translation>通常的购买间隔天数</translation>
    </message>
    <message>
        <source>Orders in the last 90 days</source>
        <translation>近 90 天订单数</translation>
    </message>
    <message>
        <source>Spend in the last 90 days</source>
        <translation>近 90 天消费金额</translation>
    </message>
    <message>
        <source>Share of orders with a discount</source>
        <translation>使用优惠的订单占比</translation>
    </message>
    <message>
        <source>Predicted: chance still active</source>
        <translation>预测：仍活跃的概率</translation>
    </message>
    <message>
        <source>Predicted: churn risk</source>
        <translation>预测：流失风险</translation>
    </message>
    <message>
        <source>Predicted: orders in the next 90 days</source>
        <translation>预测：未来 90 天订单数</translation>
    </message>
    <message>
        <source>Predicted: value over 12 months</source>
        <translation>预测：未来 12 个月价值</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Segment customers</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>SegmentsPage</name>
    <message>
        <source>Segments</source>
        <translation>客户分群</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>数据看板</translation>
    </message>
</context>
<context>
    <name>SetUpActions</name>
    <message>
        <source>This week&apos;s actions are not set up for this shop yet: its orders came in before ShopLens made them.</source>
        <translation>这家店铺还没有设置本周行动：它的订单是在 ShopLens 提供这些行动之前导入的。</translation>
    </message>
    <message>
        <source>Set them up now</source>
        <translation>立即设置</translation>
    </message>
    <message>
        <source>Makes the China-8 segmentation, the lifecycle and value tags and one tag per action (and predictions where the data allows). You can edit or delete any of them.</source>
        <translation>将创建 RFM 八类客户分群、生命周期和价值标签，并为每项行动创建一个标签（数据允许时还会进行预测）。其中任何一项都可以编辑或删除。</translation>
    </message>
    <message>
        <source>Setting up this week&apos;s actions…</source>
        <translation>正在设置本周行动…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>ShopLens</source>
        <translation>ShopLens</translation>
    </message>
    <message>
        <source>Same as the computer (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>当前工作区</translation>
    </message>
    <message>
        <source>Currency symbol:</source>
        <translation>货币符号：</translation>
    </message>
    <message>
        <source>Default phone region:</source>
        <translation>默认手机号地区：</translation>
    </message>
    <message>
        <source>Shop time zone:</source>
        <translation>店铺时区：</translation>
    </message>
    <message>
        <source> copies</source>
        <translation> 份</translation>
    </message>
    <message>
        <source>How many backup copies to keep; older ones are deleted</source>
        <translation>保留多少份备份；更早的备份会被删除</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Only before risky changes</source>
        <translation>仅在有风险的更改前</translation>
    </message>
    <message>
        <source>A copy is made when the workspace is opened and the newest copy is older than this; copies are always made before cleaning or a restore</source>
        <translation>打开工作区时，如果最新的备份早于这个间隔，就会备份一次；清洗数据或恢复备份之前总会先备份</translation>
    </message>
    <message>
        <source>Backup copies kept:</source>
        <translation>保留备份：</translation>
    </message>
    <message>
        <source>Back up every:</source>
        <translation>备份间隔：</translation>
    </message>
    <message>
        <source>The phone region is used for numbers written without a country code; the time zone is the one the shop&apos;s exports use.</source>
        <translation>没有国家区号的手机号按此地区识别；时区是店铺导出数据所用的时区。</translation>
    </message>
    <message>
        <source>Open a workspace to change its currency, phone region and time zone.</source>
        <translation>打开一个工作区后才能修改它的货币、手机号地区和时区。</translation>
    </message>
    <message>
        <source>“%1” is not a region code (use two letters, such as CN, HK, US).</source>
        <translation>“%1”不是地区代码（请用两个字母，例如 CN、HK、US）。</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows (use a name such as Asia/Shanghai).</source>
        <translation>这台电脑不认识时区“%1”（请使用 Asia/Shanghai 这样的名称）。</translation>
    </message>
    <message>
        <source>The currency symbol can be at most five characters.</source>
        <translation>货币符号最多五个字符。</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 行</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>chart, no data</source>
        <translation>图表，无数据</translation>
    </message>
    <message>
        <source>Which sheet holds the data? Choose one.</source>
        <translation>数据在哪个工作表？请选择一个。</translation>
    </message>
    <message>
        <source>Which sheet holds the data? The first visible sheet, “%1”, is chosen for you.</source>
        <translation>数据在哪个工作表？已为您选中第一个可见的工作表“%1”。</translation>
    </message>
    <message>
        <source>Which sheet holds the data? “%1” is chosen.</source>
        <translation>数据在哪个工作表？已选择“%1”。</translation>
    </message>
</context>
<context>
    <name>SkippedModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SkippedRowsDialog</name>
    <message>
        <source>Skipped rows</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>These rows were not imported as data. They are titles, totals, notes or empty rows; the original file is unchanged.</source>
        <translation>这些行没有作为数据导入。它们是标题、合计、备注或空行；原文件没有任何改动。</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Customers who buy %1 often buy %2 next</source>
        <translation>购买「%1」的顾客，下次常买「%2」</translation>
    </message>
    <message>
        <source>Customers who buy %1 are more likely to buy %2 next</source>
        <translation>购买「%1」的顾客，下次更可能买「%2」</translation>
    </message>
    <message>
        <source>Customers who buy %1 often buy %2 in the same order</source>
        <translation>购买「%1」的顾客，常在同一单买「%2」</translation>
    </message>
    <message>
        <source>Customers who buy %1 are more likely to buy %2 in the same order</source>
        <translation>购买「%1」的顾客，更可能在同一单买「%2」</translation>
    </message>
    <message>
        <source>one of the shop&apos;s most popular, not bought recently</source>
        <translation>本店最畅销的商品之一，近期未购买</translation>
    </message>
    <message>
        <source>customers who buy %1 often buy it next</source>
        <translation>购买「%1」的顾客下次常买</translation>
    </message>
    <message>
        <source>customers who buy %1 are more likely to buy it next</source>
        <translation>购买「%1」的顾客下次更可能买</translation>
    </message>
    <message>
        <source>often bought in the same order as %1</source>
        <translation>常与「%1」在同一单购买</translation>
    </message>
    <message>
        <source>more likely bought in the same order as %1</source>
        <translation>更可能与「%1」在同一单购买</translation>
    </message>
    <message>
        <source>Suggested next</source>
        <translation>建议下次购买</translation>
    </message>
    <message>
        <source>What customers buy together…</source>
        <translation>顾客常一起买什么…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Press Import to add the data to the workspace.</source>
        <translation>目前还没有写入任何内容。点击“导入”把数据加入工作区。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Will not be imported: %1</source>
        <translation>不会导入：%1</translation>
    </message>
    <message>
        <source>Rows to import: %1, as %2</source>
        <translation>要导入的行：%1，作为%2</translation>
    </message>
    <message>
        <source>Rows skipped (not data): %1</source>
        <translation>跳过的行（非数据）：%1</translation>
    </message>
    <message>
        <source>Rows that repeat an earlier row exactly: %1</source>
        <translation>与前面某行完全相同的行：%1</translation>
    </message>
    <message>
        <source>Saved import template “%1” matched: your earlier column choices are used.</source>
        <translation>匹配到已保存的导入模板“%1”：沿用您之前的列选择。</translation>
    </message>
    <message>
        <source>No saved import template matched; your column choices will be saved as a template for the next file like this one.</source>
        <translation>没有匹配的导入模板；您这次的列选择会保存为模板，供下次同类文件使用。</translation>
    </message>
    <message>
        <source>Columns imported as ShopLens fields: %1 of %2</source>
        <translation>作为 ShopLens 字段导入的列：%1 / %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>These tags will be saved and kept up to date after every import.</source>
        <translation>这些标签会被保存，并在每次导入数据后自动更新。</translation>
    </message>
    <message>
        <source>Nothing chosen: go back to pick templates or a rule.</source>
        <translation>还没有选择：请返回选择模板或规则。</translation>
    </message>
</context>
<context>
    <name>TableTab</name>
    <message>
        <source>Filter a column</source>
        <translation>按列筛选</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message numerus="yes">
        <source>a given list of %n customer(s)</source>
        <translation>
            <numerusform>指定的 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>筛选：%1</translation>
    </message>
    <message>
        <source>%1 orders loaded; counting…</source>
        <translation>已加载 %1 笔订单；正在计数…</translation>
    </message>
    <message>
        <source>%1 customers loaded; counting…</source>
        <translation>已加载 %1 位客户；正在计数…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 笔订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 orders loaded (scroll for more)</source>
        <translation>已加载 %2 笔订单中的 %1 笔（向下滚动加载更多）</translation>
    </message>
    <message>
        <source>%1 of %2 customers loaded (scroll for more)</source>
        <translation>已加载 %2 位客户中的 %1 位（向下滚动加载更多）</translation>
    </message>
</context>
<context>
    <name>TagEditDialog</name>
    <message>
        <source>Edit tag</source>
        <translation>编辑标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>标签层级</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Total spend</source>
        <translation>累计消费</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>最近下单</translation>
    </message>
    <message>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <source>Give the tag an English name.</source>
        <translation>请给标签起一个英文名称。</translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation>正在载入客户指标…</translation>
    </message>
    <message>
        <source>%1 of %2 customers match (%3%).</source>
        <translation>%2 位客户中有 %1 位符合（%3%）。</translation>
    </message>
</context>
<context>
    <name>TagManager</name>
    <message>
        <source>New tags…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Re-count now</source>
        <translation>立即重新统计</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Since last refresh</source>
        <translation>自上次刷新</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>no value: %1</source>
        <translation>无值：%1</translation>
    </message>
    <message>
        <source>No tags yet. Click “New tags…” to start from ready-made templates.</source>
        <translation>还没有标签。点击“新建标签…”从现成模板开始。</translation>
    </message>
    <message>
        <source>Select a tag to see how it grew or shrank.</source>
        <translation>选择一个标签，查看它的增减。</translation>
    </message>
    <message>
        <source>Counts at each refresh: %1</source>
        <translation>每次刷新时的人数：%1</translation>
    </message>
    <message>
        <source>Since the refresh before: %1 entered, %2 left, %3 stayed.</source>
        <translation>与上次刷新相比：新进 %1 人，离开 %2 人，保留 %3 人。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation>正在加载客户指标…</translation>
    </message>
    <message>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the tag “%1”? Its history stays readable.</source>
        <translation>删除标签“%1”？它的历史记录仍可查看。</translation>
    </message>
</context>
<context>
    <name>TagWizard</name>
    <message>
        <source>Set up tags</source>
        <translation>设置标签</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saving and counting…</source>
        <translation>正在保存并计数…</translation>
    </message>
</context>
<context>
    <name>TemplatePage</name>
    <message>
        <source>Choose ready-made tags</source>
        <translation>选择现成的标签</translation>
    </message>
    <message>
        <source>Tick the templates to use. You can adjust their thresholds on the next page.</source>
        <translation>勾选要使用的模板。下一页可以调整它们的阈值。</translation>
    </message>
</context>
<context>
    <name>ThresholdPage</name>
    <message>
        <source>Adjust the thresholds</source>
        <translation>调整阈值</translation>
    </message>
    <message>
        <source>The counts update as you change a number.</source>
        <translation>修改数字时人数会随之更新。</translation>
    </message>
    <message>
        <source>Loading customer metrics…</source>
        <translation>正在载入客户指标…</translation>
    </message>
    <message>
        <source>no value: %1</source>
        <translation>无值：%1</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Some settings need a change first.</source>
        <translation>有些设置需要先修改。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to ShopLens</source>
        <translation>欢迎使用 ShopLens</translation>
    </message>
    <message>
        <source>ShopLens turns your shop&apos;s spreadsheets (till and online-shop orders, member lists) into customer profiles and segments. Everything stays in one workspace file on this computer.</source>
        <translation>ShopLens 把店铺的表格数据（收银和网店订单、会员名单）变成客户画像和客户分群。所有数据都保存在这台电脑上的一个工作区文件里。</translation>
    </message>
    <message>
        <source>Open the demo shop</source>
        <translation>打开示例店铺</translation>
    </message>
    <message>
        <source>A small tea shop with two years of sales, to look around</source>
        <translation>一家有两年销售数据的小茶叶店，先随便看看</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Start empty and import your files</source>
        <translation>从空白开始，导入您的文件</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Continue with a .shoplens file</source>
        <translation>继续使用一个 .shoplens 文件</translation>
    </message>
    <message>
        <source>Recent workspaces</source>
        <translation>最近的工作区</translation>
    </message>
    <message>
        <source>Tip: drag spreadsheet files (.xlsx, .xls, .csv, …) onto this window to import them.</source>
        <translation>提示：把表格文件（.xlsx、.xls、.csv 等）拖到这个窗口即可导入。</translation>
    </message>
    <message>
        <source>(file not found)</source>
        <translation>（找不到文件）</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>File %1 of %2: %3</source>
        <translation>第 %1 个文件，共 %2 个：%3</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>The computer ran out of memory. Close other programs, or split the file into smaller files, and try again.</source>
        <translation>电脑内存不足。请关闭其他程序，或把文件拆成几个小文件，然后重试。</translation>
    </message>
    <message>
        <source>A file could not be read or written (%1). Check that it is not open in another program and try again.</source>
        <translation>无法读取或写入文件（%1）。请确认它没有在其他程序中打开，然后重试。</translation>
    </message>
    <message>
        <source>Something went wrong inside ShopLens (%1). Please try again; if it happens again, send the log file to your supplier.</source>
        <translation>ShopLens 内部出错（%1）。请重试；如果再次出现，请把日志文件发给您的供应商。</translation>
    </message>
    <message>
        <source>The log file is %1.</source>
        <translation>日志文件：%1。</translation>
    </message>
</context>
<context>
    <name>WorkspaceGuard</name>
    <message>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <source>The workspace was restored from the backup copy %1.</source>
        <translation>工作区已从备份 %1 恢复。</translation>
    </message>
    <message>
        <source>The file as it was is kept as the backup copy %1.</source>
        <translation>恢复前的文件已保存为备份 %1。</translation>
    </message>
    <message>
        <source>The damaged file is kept in the backups folder with the ending .damaged.</source>
        <translation>损坏的文件已保存在备份文件夹中，扩展名为 .damaged。</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>已恢复</translation>
    </message>
    <message>
        <source>The backup copy could not be restored</source>
        <translation>无法恢复此备份</translation>
    </message>
    <message>
        <source>The workspace file is damaged</source>
        <translation>工作区文件已损坏</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be opened safely.</source>
        <translation>“%1”已损坏，无法安全打开。</translation>
    </message>
    <message>
        <source>The newest healthy backup copy is from %1 (%2 customers, %3 orders). Restore it? The damaged file is kept beside the backups.</source>
        <translation>最新的完好备份来自 %1（%2 位客户，%3 笔订单）。要恢复它吗？损坏的文件会保存在备份旁边。</translation>
    </message>
    <message>
        <source>Restore the backup copy</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Opened read-only: the workspace&apos;s folder cannot be written to. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>以只读方式打开：工作区所在的文件夹不可写入。如需修改，请把它复制到可写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>Opened read-only: the workspace file itself is read-only. To change it, copy it to a folder you can write to and open the copy.</source>
        <translation>以只读方式打开：工作区文件本身是只读的。如需修改，请把它复制到可写入的文件夹，再打开副本。</translation>
    </message>
    <message>
        <source>Opened read-only: changes cannot be saved.</source>
        <translation>以只读方式打开：无法保存更改。</translation>
    </message>
    <message>
        <source>Opened read-only: %1 on %2 has this workspace open since %3.</source>
        <translation>以只读方式打开：%1 在 %2 上自 %3 起打开了此工作区。</translation>
    </message>
    <message>
        <source>Open for editing</source>
        <translation>以编辑方式打开</translation>
    </message>
    <message>
        <source>Try again to open the workspace for editing (after the other copy has closed it)</source>
        <translation>再次尝试以编辑方式打开工作区（需另一处先将其关闭）</translation>
    </message>
</context>
<context>
    <name>WorkspaceView</name>
    <message>
        <source>This page could not be opened: %1</source>
        <translation>无法打开此页面：%1</translation>
    </message>
</context>
</TS>
