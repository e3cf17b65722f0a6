"""Personal suggestions (关联分析, 个性化推荐): association rules from the shop's own baskets and purchase sequences,
and for each buyer the next products (or categories) to suggest."""
